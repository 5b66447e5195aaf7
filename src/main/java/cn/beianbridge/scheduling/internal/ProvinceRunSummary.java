package cn.beianbridge.scheduling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvincePartitioner;

/**
 * What one execution of a province job did, added up over the provinces it ran (on a restart: the ones run again).
 *
 * @param counts each count the provinces' work gave, summed, in order
 * @param written items written over all provinces (filings submitted, files applied)
 * @param busy provinces a live run held, skipped
 * @param waiting provinces whose dependency had not started, skipped, with why
 * @param trouble provinces whose work did not get through
 * @param failed provinces whose partition failed (restartable)
 */
record ProvinceRunSummary(String job, long executionId, BatchStatus status, int provinces, Map<String, Integer> counts,
		long written, List<String> busy, Map<String, List<String>> waiting, List<String> trouble, List<String> failed) {

	static ProvinceRunSummary of(String job, JobExecution execution) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> busy = new ArrayList<>();
		Map<String, List<String>> waiting = new LinkedHashMap<>();
		List<String> trouble = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		long written = 0;
		List<StepExecution> partitions = execution.getStepExecutions().stream()
			.filter(step -> step.getExecutionContext().containsKey(ProvincePartitioner.PROVINCE))
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.toList();
		for (StepExecution partition : partitions) {
			ExecutionContext context = partition.getExecutionContext();
			String province = context.getString(ProvincePartitioner.PROVINCE);
			ProvinceTasklet.counts(context).forEach((label, value) -> counts.merge(label, value, Integer::sum));
			written += partition.getWriteCount();
			if (partition.getStatus() != BatchStatus.COMPLETED) {
				failed.add(province);
				continue;
			}
			String outcome = context.getString(ProvinceTasklet.OUTCOME, ProvinceOutcome.Status.DONE.name());
			if (outcome.equals(ProvinceOutcome.Status.BUSY.name())) {
				busy.add(province);
			}
			else if (outcome.equals(ProvinceOutcome.Status.WAITING.name())) {
				waiting.computeIfAbsent(context.getString(ProvinceTasklet.REASON, ""), why -> new ArrayList<>()).add(province);
			}
			else if (outcome.equals(ProvinceOutcome.Status.TROUBLE.name())) {
				trouble.add(province);
			}
		}
		return new ProvinceRunSummary(job, execution.getId(), execution.getStatus(), partitions.size(), counts, written,
				busy, waiting, trouble, failed);
	}

	/** Worth a line at INFO: the run wrote something, or a province waits for a dependency to start. */
	boolean noteworthy() {
		return written > 0 || !waiting.isEmpty();
	}

	@Override
	public String toString() {
		StringBuilder line = new StringBuilder(ProvinceFailures.title(job)).append(" run ").append(executionId)
			.append(' ').append(status).append(": ").append(provinces).append(" provinces");
		counts.forEach((label, value) -> line.append(", ").append(value).append(' ').append(label));
		append(line, "busy", busy);
		// right after a start all provinces may wait, for the same reason: one line still
		waiting.forEach((why, codes) -> append(line, "waiting", codes).append(" (").append(why).append(')'));
		append(line, "trouble", trouble);
		append(line, "failed", failed);
		if (!failed.isEmpty()) {
			line.append(" (restart execution ").append(executionId).append(" to run only these again)");
		}
		return line.toString();
	}

	private static StringBuilder append(StringBuilder line, String what, List<String> provinces) {
		if (!provinces.isEmpty()) {
			line.append("; ").append(what).append(' ').append(provinces.stream().collect(Collectors.joining(", ")));
		}
		return line;
	}

}
