package cn.beianbridge.filing;

/**
 * The console's names for what happened to a filing ({@code type} in contracts/bureau-event.schema.json). The
 * contract also names CANCELLED, which no transition raises yet.
 */
public enum FilingEventType {

	HELD, SUBMITTED, APPROVED, REJECTED, REFUSED, REVIEW_OVERDUE, CANCELLED

}
