package cn.beianbridge.filing;

/** Where a filing stands (ARCHITECTURE.md, "States"). Overdue and SLA-missed are flags, not states. */
public enum FilingState {

	RECEIVED, HELD, BATCHED, SUBMITTED, APPROVED, REJECTED, REFUSED, CANCELLED;

	public boolean isDecided() {
		return this == APPROVED || this == REJECTED || this == REFUSED;
	}

}
