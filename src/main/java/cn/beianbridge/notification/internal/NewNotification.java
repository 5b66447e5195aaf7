package cn.beianbridge.notification.internal;

import java.time.Instant;

import cn.beianbridge.shared.LogMasking;

/** A rendered notification before it is stored. */
record NewNotification(String notificationKey, String kind, String audience, String channel, String recipient,
		String consoleFilingId, String eventId, String templateCode, String templateParam, String subject, String body,
		Instant createdAt) {

	@Override
	public String toString() {
		return ("NewNotification[notificationKey=%s, kind=%s, audience=%s, channel=%s, recipient=%s, "
				+ "consoleFilingId=%s, eventId=%s, templateCode=%s, templateParam=%s, subject=%s, body=%s, "
				+ "createdAt=%s]")
			.formatted(notificationKey, kind, audience, channel, LogMasking.hidden(recipient), consoleFilingId,
					eventId, templateCode, LogMasking.hidden(templateParam), LogMasking.hidden(subject),
					LogMasking.hidden(body), createdAt);
	}

}
