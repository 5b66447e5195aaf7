package cn.beianbridge.ops.internal;

/** What a bulk run did to one target, and why where it did not. */
public record BulkItemOutcome(Status status, String detail) {

	public enum Status {

		/** Not worked yet (or the run stopped before it). */
		PENDING, DONE, SKIPPED, FAILED

	}

	static BulkItemOutcome done(String detail) {
		return new BulkItemOutcome(Status.DONE, detail);
	}

	static BulkItemOutcome skipped(String why) {
		return new BulkItemOutcome(Status.SKIPPED, why);
	}

	static BulkItemOutcome failed(String why) {
		return new BulkItemOutcome(Status.FAILED, why);
	}

}
