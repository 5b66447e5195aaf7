package cn.beianbridge.notification;

import java.time.Instant;

/** A notification as stored: what was (or will be) sent to whom, and how it went. */
public record NotificationRecord(long id, String notificationKey, NotificationKind kind, Channel channel,
		String recipient, String consoleFilingId, String templateCode, String templateParam, String subject,
		String body, NotificationStatus status, int attempts, Instant createdAt, Instant sentAt, String providerRef,
		String lastError) {
}
