package cn.beianbridge.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.purge.PersonalDataHolder;
import cn.beianbridge.purge.PurgeSettings;

/**
 * Sent and dead notifications (a recipient's number or address and the rendered text): deleted past their retention.
 * A pending one is never deleted; its event has been planned, so nothing plans it again.
 */
@Component
class NotificationRetention implements PersonalDataHolder {

	private final NotificationMapper mapper;

	NotificationRetention(NotificationMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	public Duration retention(PurgeSettings.PersonalData settings) {
		return settings.notifications();
	}

	@Override
	@Transactional
	public int purge(Instant before, Instant now, int limit) {
		List<Long> ids = mapper.lockFinished(before, limit);
		return ids.isEmpty() ? 0 : mapper.deleteFinished(ids);
	}

}
