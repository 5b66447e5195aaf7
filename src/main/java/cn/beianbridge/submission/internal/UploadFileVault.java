package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.purge.PurgeableFile;
import cn.beianbridge.purge.RawFileVault;

/**
 * The upload files as we sent them, for the purge. Only an ACCEPTED file is settled: every other state may still be
 * sent (again), reconciled or rebuilt, and a BLOCKED one goes back to BUILT when an operator lifts the block. Its
 * age counts from the bureau's acceptance. Its parts go; the row keeps name, sequence, hash, size and filings.
 */
@Component
class UploadFileVault implements RawFileVault {

	private final UploadBatchMapper mapper;

	UploadFileVault(UploadBatchMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "upload files";
	}

	@Override
	public List<PurgeableFile> lockSettled(Instant acceptedBefore, int limit) {
		return mapper.lockPurgeable(acceptedBefore, limit);
	}

	@Override
	public int dropBytes(List<Long> ids, Instant now) {
		mapper.purgeParts(ids);
		return mapper.purge(ids, now);
	}

}
