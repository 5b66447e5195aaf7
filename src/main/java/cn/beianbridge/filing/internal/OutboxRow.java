package cn.beianbridge.filing.internal;

import cn.beianbridge.filing.FilingEventType;

/** A row of the outbox (filing_event) as stored: its position, whom it is about, and the console's body. */
record OutboxRow(long id, String eventId, Long filingId, String consoleFilingId, String province,
		FilingEventType type, String payload) {
}
