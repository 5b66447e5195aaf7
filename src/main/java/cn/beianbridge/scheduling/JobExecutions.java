package cn.beianbridge.scheduling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The runs of the province jobs (submit, download) as Spring Batch's repository keeps them, and what an operator may
 * do with one, under Batch's own guards: restart a FAILED or STOPPED run (only its unfinished provinces run again, as
 * a run of this node), stop a running one, recover one left running by a dead node (marked FAILED; a run of a live
 * node never is), abandon one that is over. Each action that is not possible now says why ({@link Execution#actions()});
 * asked anyway, it throws {@link Refused} and changes nothing.
 */
public interface JobExecutions {

	Optional<Execution> find(long executionId);

	/** Restarts the run; returns the new execution (it runs on, asynchronously). */
	Execution restart(long executionId);

	/** Asks the run to stop: each province finishing its work, the run ends STOPPED. */
	Execution stop(long executionId);

	/** Marks the run a dead node left FAILED (and its running steps), so it can be restarted. */
	Execution recover(long executionId);

	/** Marks a run that is over ABANDONED: it is never restarted. */
	Execution abandon(long executionId);

	/**
	 * A job execution.
	 *
	 * @param node the node incarnation that runs it (job parameter {@link ProvinceJobs#NODE}); null when started by hand
	 * @param nodeAlive whether that node is alive now (null without a node)
	 * @param times Batch's timestamps, in the local time of the node that wrote them
	 */
	record Execution(long id, long instanceId, String job, String status, String exitCode, String exitDescription,
			LocalDateTime created, LocalDateTime started, LocalDateTime ended, String node, Boolean nodeAlive,
			String parameters, List<Step> steps, Actions actions) {

		public boolean running() {
			return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
		}

	}

	/** A step execution; a province partition is named {@code <step>:province-<code>}. */
	record Step(long id, String name, String province, String status, long readCount, long writeCount,
			long commitCount, String exitCode, String exitDescription, LocalDateTime started, LocalDateTime ended) {
	}

	/** Why each action is not possible now; null where it is. */
	record Actions(String restart, String stop, String recover, String abandon) {
	}

	/** The action is not possible for the run now (the reason says why); nothing was changed. */
	class Refused extends RuntimeException {

		public Refused(String message) {
			super(message);
		}

	}

}
