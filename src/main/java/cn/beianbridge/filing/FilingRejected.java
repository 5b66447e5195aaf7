package cn.beianbridge.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bureau's reviewers rejected the filing: their opinions, who reviewed and on which day (each may be null). */
public record FilingRejected(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt, List<Reason> opinions, String reviewer, LocalDate reviewedOn) implements FilingEvent {

	public FilingRejected {
		opinions = List.copyOf(opinions);
	}

	@Override
	public FilingEventType type() {
		return FilingEventType.REJECTED;
	}

}
