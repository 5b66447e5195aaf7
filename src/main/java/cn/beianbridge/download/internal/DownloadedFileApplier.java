package cn.beianbridge.download.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocumentReader;
import cn.beianbridge.bureau.UnreadableDocument;

/**
 * Applies one stored file in one transaction with the mark that it was applied, so a file the bureau sends again
 * (we had not acknowledged it) or a second node finds already applied changes nothing.
 */
@Component
public class DownloadedFileApplier {

	private static final Logger log = LoggerFactory.getLogger(DownloadedFileApplier.class);

	private final DownloadFileMapper mapper;

	private final FiledDataApplier filedData;

	private final BureauResultsApplier results;

	private final ResultQuarantine quarantine;

	private final Clock clock;

	DownloadedFileApplier(DownloadFileMapper mapper, FiledDataApplier filedData, BureauResultsApplier results,
			ResultQuarantine quarantine, Clock clock) {
		this.mapper = mapper;
		this.filedData = filedData;
		this.results = results;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	/** @return false when the file had been applied before (nothing done) */
	@Transactional
	public boolean apply(long fileId) {
		StoredDownload file = mapper.lockById(fileId);
		if (file == null) {
			throw new IllegalArgumentException("No downloaded file with id " + fileId);
		}
		if (file.appliedAt() != null) {
			log.info("Province {} file {} was applied before; not applied again", file.province(), file.fileName());
			return false;
		}
		DownloadDocument document = readOrQuarantine(file);
		if (document instanceof FiledData filed) {
			filedData.apply(file, filed);
		}
		else if (document instanceof BureauResults bureauResults) {
			results.apply(file, bureauResults);
		}
		else if (document != null) {
			log.info("Province {} file {} ({}): stored, not interpreted", file.province(), file.fileName(),
					document.kind());
		}
		mapper.markApplied(fileId, clock.instant());
		return true;
	}

	// Kept in the vault either way; an unreadable file would otherwise block every file behind it.
	private DownloadDocument readOrQuarantine(StoredDownload file) {
		try {
			return new DownloadDocumentReader().read(file.content());
		}
		catch (UnreadableDocument ex) {
			quarantine.put(file, null, null, "Unreadable download file " + file.fileName() + ": " + ex.getMessage());
			return null;
		}
	}

}
