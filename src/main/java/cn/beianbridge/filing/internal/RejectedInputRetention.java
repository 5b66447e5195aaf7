package cn.beianbridge.filing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;

/** Input that broke the contract, kept whole for an operator (the console was told): deleted past its retention. */
@Component
class RejectedInputRetention implements PersonalDataHolder {

	private final RetentionMapper mapper;

	RejectedInputRetention(RetentionMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "rejected inputs";
	}

	@Override
	public Duration retention(PurgeSettings.PersonalData settings) {
		return settings.rejectedInputs();
	}

	@Override
	@Transactional
	public int purge(Instant before, Instant now, int limit) {
		List<Long> ids = mapper.lockRejectedInputs(before, limit);
		return ids.isEmpty() ? 0 : mapper.deleteRejectedInputs(ids);
	}

}
