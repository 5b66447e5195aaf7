package cn.beianbridge.filing;

import java.util.List;

/** The outbox as the notifications take from it: each event once, to be turned into messages or not. */
public interface NotificationOutbox {

	/**
	 * The next events not yet planned, oldest first. One that cannot be read back is set aside (FAILED, with an
	 * ERROR line) so the ones behind it still come.
	 */
	List<Entry> toPlan(int limit);

	/** Records what became of the event; only an event still to plan is marked. */
	void mark(Entry entry, Planning planning);

	/** An event and its place in the outbox. */
	record Entry(long position, FilingEvent event) {
	}

	/** filing_event.notification_status: messages planned, nothing to send, or set aside (PENDING plans it again). */
	enum Planning {

		PLANNED, NONE, FAILED

	}

}
