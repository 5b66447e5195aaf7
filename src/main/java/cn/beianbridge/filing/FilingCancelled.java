package cn.beianbridge.filing;

import java.time.Instant;

/**
 * An operator cancelled the filing before it went to the bureau (the contract's {@code CANCELLED}); the operator's
 * reason stays in the history, the console hears only that it was cancelled.
 */
public record FilingCancelled(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt) implements FilingEvent {

	@Override
	public FilingEventType type() {
		return FilingEventType.CANCELLED;
	}

}
