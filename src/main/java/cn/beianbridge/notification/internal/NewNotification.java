package cn.beianbridge.notification.internal;

import java.time.Instant;

import cn.beianbridge.shared.PersonalData;

/** A rendered notification before it is stored. */
record NewNotification(String notificationKey, String kind, String audience, String channel, String recipient,
		String consoleFilingId, String eventId, String templateCode, String templateParam, String subject, String body,
		Instant createdAt) {

	@Override
	public String toString() {
		return ("NewNotification[notificationKey=%s, kind=%s, audience=%s, channel=%s, recipient=%s, "
				+ "consoleFilingId=%s, eventId=%s, templateCode=%s, templateParam=%s, subject=%s, body=%s, "
				+ "createdAt=%s]")
			.formatted(notificationKey, kind, audience, channel, PersonalData.hidden(recipient), consoleFilingId,
					eventId, templateCode, PersonalData.hidden(templateParam), PersonalData.hidden(subject),
					PersonalData.hidden(body), createdAt);
	}

}
