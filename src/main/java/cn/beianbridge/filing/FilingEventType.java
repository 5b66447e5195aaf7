package cn.beianbridge.filing;

/**
 * The console's names for what happened to a filing ({@code type} in contracts/bureau-event.schema.json). CANCELLED
 * is raised when an operator cancels a filing that has not gone to the bureau, and when the bureau cancels the
 * filing's entity, websites or our access, or closes a request of it still open ({@link FilingCancelled}).
 */
public enum FilingEventType {

	HELD, SUBMITTED, APPROVED, REJECTED, REFUSED, REVIEW_OVERDUE, CANCELLED

}
