package cn.beianbridge.filing;

import java.time.Instant;

/**
 * An outbox event and how its delivery to the console stands (no payload: it carries personal data).
 *
 * @param nextAttemptAt when a PENDING event is due again; when a DEAD one died
 */
public record ConsoleEventDelivery(long id, String eventId, String consoleFilingId, String province,
		FilingEventType type, Instant occurredAt, String status, int attempts, Instant nextAttemptAt,
		String lastError) {
}
