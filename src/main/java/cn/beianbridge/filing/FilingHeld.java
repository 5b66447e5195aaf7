package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/**
 * The filing waits for a fix, for these reasons: a province rule at intake, a file that could not take it at
 * submission, or input that broke the contract (then {@code filingId} and {@code submissionDeadline} are null).
 */
public record FilingHeld(String eventId, Long filingId, String consoleFilingId, String province, Instant occurredAt,
		Instant submissionDeadline, List<Reason> reasons) implements FilingEvent {

	public FilingHeld {
		reasons = List.copyOf(reasons);
	}

	@Override
	public FilingEventType type() {
		return FilingEventType.HELD;
	}

}
