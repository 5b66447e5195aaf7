package cn.beianbridge.filing;

import cn.beianbridge.delivery.ClaimedItem;

/**
 * An outbox event claimed for the console: its row, its key, whom it is about, what happened, the body the console
 * receives (contracts/bureau-event.schema.json, as written when the event was raised), how often sending it failed,
 * and the run that holds its claim (only that run sends it and records the answer).
 */
public record PendingConsoleEvent(long id, String eventId, String consoleFilingId, FilingEventType type,
		String payload, int attempts, String claimedBy) implements ClaimedItem {
}
