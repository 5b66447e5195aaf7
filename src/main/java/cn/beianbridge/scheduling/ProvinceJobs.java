package cn.beianbridge.scheduling;

import java.time.Duration;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;

/**
 * The one mechanism behind every province job (submit, download). A module gives its {@link ProvinceWork}; this
 * builds the job (a manager step running one partition per enabled province, {@code bridge.jobs.<job>.grid-size}
 * at a time on the job's own threads) and runs it:
 * <ul>
 * <li>a firing launches a run and returns at once (the Quartz thread is not held for a slow province);</li>
 * <li>runs overlap: a province that a live run still holds (its {@link ProvinceLeases lease}) is skipped quickly,
 * the others go on; a province whose dependency has not started waits for the next firing;</li>
 * <li>a run left by a dead node (see {@code bridge.node.*}) is marked FAILED and restarted here: only its unfinished
 * provinces run again; a live run, however long, is never touched;</li>
 * <li>each run ends with one summary line and {@code bridge.jobs.runs{job,result}}; a province that keeps failing
 * is one line, a reminder now and then, and an operator alert (see {@link ProvinceJobSettings}).</li>
 * </ul>
 * A failed province fails its partition only; restarting the execution runs the failed partitions again.
 */
public interface ProvinceJobs {

	/** The identifying parameter that makes each firing a job instance of its own. */
	String RUN = "run";

	/** The node incarnation that runs the execution (a non-identifying parameter). */
	String NODE = "node";

	Job partitionedByProvince(String jobName, String workerStep, ProvinceWork work);

	/** The job as scheduled work ({@code bridge.jobs.<job>.cron}): each firing is {@link #fire(Job)}. */
	ScheduledWork scheduled(Job job);

	/**
	 * Restarts the job's runs that dead nodes left, then starts a run for now; returns the executions launched
	 * (they run on, asynchronously).
	 */
	List<JobExecution> fire(Job job);

	/** Waits until no run launched on this node is running; false when the timeout came first. */
	boolean awaitIdle(Duration timeout) throws InterruptedException;

}
