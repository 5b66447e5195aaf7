package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PurgedFiles;
import cn.beianbridge.purge.RawFileVault;

/**
 * The upload files as we sent them, for the purge. Only an ACCEPTED file is settled: every other state may still be
 * sent (again), reconciled or rebuilt, and a BLOCKED one goes back to BUILT when an operator lifts the block. Its
 * age counts from the bureau's acceptance. The row keeps name, sequence, hash, size and filings.
 */
@Component
class UploadFileVault implements RawFileVault {

	private final UploadBatchMapper mapper;

	private final Clock clock;

	UploadFileVault(UploadBatchMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "upload files";
	}

	@Override
	@Transactional
	public PurgedFiles purgeChunk(Instant acceptedBefore, int limit) {
		List<PurgeableBatch> batches = mapper.lockPurgeable(acceptedBefore, limit);
		if (batches.isEmpty()) {
			return PurgedFiles.NONE;
		}
		int purged = mapper.purge(batches.stream().map(PurgeableBatch::id).toList(), clock.instant());
		return new PurgedFiles(purged, batches.stream().mapToLong(PurgeableBatch::bytes).sum());
	}

}
