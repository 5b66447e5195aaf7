package cn.beianbridge.filing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;

/**
 * A decided filing's personal data, once it is no longer needed: the names, ID numbers, mobiles, emails and addresses
 * of the natural persons in it and its attachments' bytes go; ids, states, dates, ICP numbers, domains, types, hashes,
 * history and reasons stay for an audit. A filing waiting for its numbers, or with an event the console or the
 * notifications have still to take, keeps everything; a filing not yet decided is never touched.
 */
@Component
class DecidedFilingRetention implements PersonalDataHolder {

	private final RetentionMapper mapper;

	DecidedFilingRetention(RetentionMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "decided filings' personal data";
	}

	@Override
	public Duration retention(PurgeSettings.PersonalData settings) {
		return settings.decidedFilings();
	}

	@Override
	@Transactional
	public int purge(Instant before, Instant now, int limit) {
		List<Long> ids = mapper.lockDecidedFilings(before, limit);
		if (ids.isEmpty()) {
			return 0;
		}
		int purged = mapper.purgeFilings(ids, now);
		mapper.purgeWebsites(ids);
		mapper.purgeCancellations(ids);
		// after the filings: an attachment shared with a filing that keeps its data keeps its bytes
		mapper.purgeAttachmentContent(ids, now);
		return purged;
	}

}
