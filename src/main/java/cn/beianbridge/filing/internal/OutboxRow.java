package cn.beianbridge.filing.internal;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingEventType;

/** A row of the outbox (filing_event) as stored: its position, whom it is about, and the console's body. */
record OutboxRow(long id, String eventId, Long filingId, String consoleFilingId, String province,
		FilingEventType type, String payload) {

	/** The row with its payload opened (EventMapper.xml seals it). */
	OutboxRow opened(PersonalData data) {
		return new OutboxRow(id, eventId, filingId, consoleFilingId, province, type, data.open(payload));
	}

}
