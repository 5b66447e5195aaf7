package cn.beianbridge.download;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownloader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download file built by a test, stored as the download stores a file and applied, then marked acknowledged: the
 * bureau never offered it, so left unacknowledged, every later download of its province would ask the bureau to
 * acknowledge it once more (three tries, two seconds apart) and be told no such file was offered.
 */
final class HandBuiltFiles {

	private final ProvinceDownloader downloader;

	private final DownloadedFileApplier applier;

	private final JdbcTemplate jdbc;

	HandBuiltFiles(ProvinceDownloader downloader, DownloadedFileApplier applier, JdbcTemplate jdbc) {
		this.downloader = downloader;
		this.applier = applier;
		this.jdbc = jdbc;
	}

	/** Stores and applies the file (the applier must take it) and returns its row's id. */
	long applied(String province, String fileName, byte[] content) {
		long fileId = downloader.store(province, fileName, content, null);
		assertThat(applier.apply(fileId)).as("%s applied", fileName).isTrue();
		jdbc.update("UPDATE download_file SET acked_at = applied_at WHERE id = ?", fileId);
		return fileId;
	}

}
