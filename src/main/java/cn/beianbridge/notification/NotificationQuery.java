package cn.beianbridge.notification;

import java.time.Instant;

/**
 * Which notifications to show; null means any.
 *
 * @param from created at or after
 * @param to created before
 */
public record NotificationQuery(NotificationStatus status, Channel channel, NotificationKind kind,
		String consoleFilingId, Instant from, Instant to) {
}
