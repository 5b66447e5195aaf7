package cn.beianbridge.notification.internal;

import java.time.Instant;

/** A rendered notification before it is stored. */
record NewNotification(String notificationKey, String kind, String audience, String channel, String recipient,
		String consoleFilingId, String eventId, String templateCode, String templateParam, String subject, String body,
		Instant createdAt) {
}
