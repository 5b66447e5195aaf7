package cn.beianbridge.filing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;

/**
 * Outbox events both consumers are done with (delivered to the console, planned as notifications or needing none):
 * deleted past their retention. An event still pending, backing off, DEAD or whose planning failed is never deleted.
 */
@Component
class DeliveredEventRetention implements PersonalDataHolder {

	private final RetentionMapper mapper;

	DeliveredEventRetention(RetentionMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "delivered events";
	}

	@Override
	public Duration retention(PurgeSettings.PersonalData settings) {
		return settings.events();
	}

	@Override
	@Transactional
	public int purge(Instant before, Instant now, int limit) {
		List<Long> ids = mapper.lockDoneEvents(before, limit);
		return ids.isEmpty() ? 0 : mapper.deleteEvents(ids);
	}

}
