package cn.beianbridge.purge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PurgeableFile;
import cn.beianbridge.purge.PurgedFiles;
import cn.beianbridge.purge.RawFileVault;

/** One chunk of a vault's purge: its settled files locked and their bytes dropped in one transaction. */
@Component
class RawFilePurge {

	private final Clock clock;

	RawFilePurge(Clock clock) {
		this.clock = clock;
	}

	/** @return what was dropped; fewer files than {@code limit} means nothing more is due */
	@Transactional
	public PurgedFiles purgeChunk(RawFileVault vault, Instant before, int limit) {
		List<PurgeableFile> files = vault.lockSettled(before, limit);
		if (files.isEmpty()) {
			return PurgedFiles.NONE;
		}
		int purged = vault.dropBytes(files.stream().map(PurgeableFile::id).toList(), clock.instant());
		return new PurgedFiles(purged, files.stream().mapToLong(PurgeableFile::bytes).sum());
	}

}
