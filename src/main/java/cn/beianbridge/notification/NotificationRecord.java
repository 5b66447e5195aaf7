package cn.beianbridge.notification;

import java.time.Instant;

import cn.beianbridge.shared.LogMasking;

/** A notification as stored: what was (or will be) sent to whom, and how it went. */
public record NotificationRecord(long id, String notificationKey, NotificationKind kind, Channel channel,
		String recipient, String consoleFilingId, String templateCode, String templateParam, String subject,
		String body, NotificationStatus status, int attempts, Instant createdAt, Instant sentAt, String providerRef,
		String lastError) {

	@Override
	public String toString() {
		return ("NotificationRecord[id=%s, notificationKey=%s, kind=%s, channel=%s, recipient=%s, "
				+ "consoleFilingId=%s, templateCode=%s, templateParam=%s, subject=%s, body=%s, status=%s, "
				+ "attempts=%s, createdAt=%s, sentAt=%s, providerRef=%s, lastError=%s]")
			.formatted(id, notificationKey, kind, channel, LogMasking.hidden(recipient), consoleFilingId,
					templateCode, LogMasking.hidden(templateParam), LogMasking.hidden(subject),
					LogMasking.hidden(body), status, attempts, createdAt, sentAt, providerRef, lastError);
	}

}
