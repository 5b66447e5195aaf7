package cn.beianbridge.download.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.purge.PurgeableFile;
import cn.beianbridge.purge.RawFileVault;

/**
 * The bureau files we downloaded, for the purge. A file is settled once it is applied and acknowledged: before that
 * a run may still need its bytes. The row stays (a redelivered file must still be recognised as applied), with its
 * name, kind, hash and dates.
 */
@Component
class DownloadFileVault implements RawFileVault {

	private final DownloadFileMapper mapper;

	DownloadFileVault(DownloadFileMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "download files";
	}

	@Override
	public List<PurgeableFile> lockSettled(Instant receivedBefore, int limit) {
		return mapper.lockPurgeable(receivedBefore, limit);
	}

	@Override
	public int dropBytes(List<Long> ids, Instant now) {
		return mapper.purge(ids, now);
	}

}
