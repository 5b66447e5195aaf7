package cn.beianbridge.filing;

import java.time.Instant;

/**
 * Which console events to show; null means any.
 *
 * @param status {@code PENDING}, {@code DELIVERED} or {@code DEAD}
 * @param from occurred at or after
 * @param to occurred before
 */
public record ConsoleEventQuery(String status, FilingEventType type, String consoleFilingId, String province,
		Instant from, Instant to) {
}
