package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/** The bureau refused the filing's data: its codes (10xx, 5xxx), each a reason with its text. */
public record FilingRefused(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt, List<Reason> codes) implements FilingEvent {

	public FilingRefused {
		codes = List.copyOf(codes);
	}

	@Override
	public FilingEventType type() {
		return FilingEventType.REFUSED;
	}

}
