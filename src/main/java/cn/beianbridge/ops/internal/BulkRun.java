package cn.beianbridge.ops.internal;

import java.time.Instant;

/**
 * A bulk run as stored, with how many of its targets are done, skipped, failed and not worked yet.
 *
 * @param query the list page's filters ({@link BulkQuery#toString()})
 * @param dryRunCount the count the person confirmed (the dry run's)
 * @param node the node incarnation working it
 */
public record BulkRun(long id, String action, String query, String reason, int dryRunCount, Status status, String startedBy,
		String role, String node, Instant startedAt, Instant finishedAt, boolean cancelRequested, String cancelledBy,
		long total, long done, long skipped, long failed) {

	public enum Status {

		RUNNING, DONE, CANCELLED, FAILED,

		/** Its node died while it ran: the items not worked stay PENDING. */
		INTERRUPTED

	}

	public boolean running() {
		return status == Status.RUNNING;
	}

	public long pending() {
		return total - done - skipped - failed;
	}

	/** Out of 100, for the progress bar. */
	public long percent() {
		return total == 0 ? 100 : (total - pending()) * 100 / total;
	}

	/** The counts, as the audit row and the page say them. */
	public String counts() {
		return done + " done, " + skipped + " skipped, " + failed + " failed" + (pending() == 0 ? "" : ", "
				+ pending() + " not worked") + " of " + total;
	}

}
