package cn.beianbridge.filing;

import java.time.Instant;

/** The bureau received the filing; the applicant's SMS verification comes next. */
public record FilingSubmitted(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt, Instant submissionDeadline) implements FilingEvent {

	@Override
	public FilingEventType type() {
		return FilingEventType.SUBMITTED;
	}

}
