package cn.beianbridge.filing;

/**
 * Who cancelled a filing (the {@code cancelledBy} of a CANCELLED event): an operator before it went to the bureau, the
 * customer through a cancel request, or the bureau itself (ZXSJ: an owner's entity cancellation, a forced one).
 */
public enum CancelledBy {

	OPERATOR, CUSTOMER, BUREAU

}
