package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/** The bureau approved the filing: the ICP numbers of the entity and of each website, in the filing's order. */
public record FilingApproved(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt, String entityIcpNumber, List<Website> websites) implements FilingEvent {

	public FilingApproved {
		websites = List.copyOf(websites);
	}

	@Override
	public FilingEventType type() {
		return FilingEventType.APPROVED;
	}

	public record Website(String consoleWebsiteId, String icpNumber) {
	}

}
