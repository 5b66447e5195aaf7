package cn.beianbridge.scheduling;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an operator watches of the jobs, read-only: the runs going on across the cluster (Spring Batch's repository),
 * which of them a dead node left, the provinces whose job keeps failing, and Quartz triggers stuck in ERROR or
 * BLOCKED with nothing firing them.
 */
public interface JobWatch {

	/** Every execution STARTED or STOPPING, oldest first. */
	List<RunningExecution> running();

	/** The spells of failure now ({@code province_trouble}), longest first. */
	List<ProvinceTrouble> troubles();

	/** Triggers in ERROR, or BLOCKED with no fired row (nothing runs their job): they will not fire on their own. */
	List<StuckTrigger> stuckTriggers();

	/**
	 * @param node the node incarnation running it (null for a run started by hand)
	 * @param nodeDead the node is stopped or silent: the next firing of the job recovers the run
	 */
	record RunningExecution(long executionId, String job, String status, LocalDateTime startedAt, String node,
			boolean nodeDead) {
	}

	record ProvinceTrouble(String job, String province, String cause, Instant since, int failures,
			Instant lastFailureAt) {
	}

	record StuckTrigger(String trigger, String job, String state) {
	}

}
