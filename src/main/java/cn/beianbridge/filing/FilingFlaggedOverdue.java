package cn.beianbridge.filing;

import java.time.Instant;

/** The bureau has not decided within the province's review limit (REVIEW_OVERDUE to the console). */
public record FilingFlaggedOverdue(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt) implements FilingEvent {

	@Override
	public FilingEventType type() {
		return FilingEventType.REVIEW_OVERDUE;
	}

}
