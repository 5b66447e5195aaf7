package cn.beianbridge.ops.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;

/** The API's answers kept for a repeated Idempotency-Key name what was changed: kept a week, then deleted. */
@Component
class ApiAnswerRetention implements PersonalDataHolder {

	private final IdempotencyMapper mapper;

	ApiAnswerRetention(IdempotencyMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "console API answers";
	}

	@Override
	public Duration retention(PurgeSettings.PersonalData settings) {
		return settings.apiAnswers();
	}

	@Override
	public int purge(Instant before, Instant now, int limit) {
		return mapper.purge(before, limit);
	}

}
