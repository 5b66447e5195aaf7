package cn.beianbridge.filing;

import java.time.Instant;

/**
 * Something that happened to a filing that the console must hear of, raised only by {@link FilingTransitions} in
 * the transaction of the change it reports, and kept in the filing module's outbox until the console and the
 * notifications have taken it ({@link ConsoleOutbox}, {@link NotificationOutbox}).
 */
public sealed interface FilingEvent
		permits FilingHeld, FilingSubmitted, FilingApproved, FilingRejected, FilingRefused, FilingFlaggedOverdue,
		FilingCancelled {

	/** A UUID: the console's idempotency key. */
	String eventId();

	/** Our id of the filing; null only for input kept because it broke the contract (no filing was stored). */
	Long filingId();

	String consoleFilingId();

	String province();

	Instant occurredAt();

	FilingEventType type();

}
