package cn.beianbridge.download.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PurgedFiles;
import cn.beianbridge.purge.RawFileVault;

/**
 * The bureau files we downloaded, for the purge. A file is settled once it is applied and acknowledged: before that
 * a run may still need its bytes. The row stays (a redelivered file must still be recognised as applied), with its
 * name, kind, hash and dates.
 */
@Component
class DownloadFileVault implements RawFileVault {

	private final DownloadFileMapper mapper;

	private final Clock clock;

	DownloadFileVault(DownloadFileMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "download files";
	}

	@Override
	@Transactional
	public PurgedFiles purgeChunk(Instant receivedBefore, int limit) {
		List<PurgeableFile> files = mapper.lockPurgeable(receivedBefore, limit);
		if (files.isEmpty()) {
			return PurgedFiles.NONE;
		}
		int purged = mapper.purge(files.stream().map(PurgeableFile::id).toList(), clock.instant());
		return new PurgedFiles(purged, files.stream().mapToLong(PurgeableFile::bytes).sum());
	}

}
