package cn.beianbridge.purge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A search over Spring Batch's job executions, for the operations console's list (its tables are this module's, see
 * the package). One page at a time, newest first; what an operator can do with one is {@code scheduling.JobExecutions}.
 */
public interface BatchRuns {

	/** Up to {@code limit} executions matching the filter, newest first, after skipping {@code offset}. */
	List<BatchRun> search(Filter filter, int offset, int limit);

	/** The job names Batch has runs of. */
	List<String> jobNames();

	/**
	 * Each criterion is optional (null: any).
	 *
	 * @param province a run with a partition of this province ({@code <step>:province-<code>})
	 * @param from created on or after this day, in the local time Batch stamps its rows with
	 * @param to created on or before this day
	 * @param error text in the exit description of the run or one of its steps (case-insensitive)
	 */
	record Filter(String job, String status, String province, LocalDate from, LocalDate to, String error) {
	}

	/** An execution as the list shows it; {@code node} is the job parameter naming the node that ran it. */
	record BatchRun(long executionId, long instanceId, String job, String status, String exitCode,
			String exitDescription, LocalDateTime created, LocalDateTime started, LocalDateTime ended, String node) {
	}

}
