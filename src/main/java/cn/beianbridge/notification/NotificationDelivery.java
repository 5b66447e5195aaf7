package cn.beianbridge.notification;

import java.time.Instant;

/**
 * A notification as operators see its delivery: the recipient masked (mobile 3 + 4, email's first letter and
 * domain), no subject or body (they carry the customer's names and numbers).
 */
public record NotificationDelivery(long id, NotificationKind kind, Channel channel, String maskedRecipient,
		String consoleFilingId, NotificationStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
		String lastError) {
}
