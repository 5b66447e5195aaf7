package cn.beianbridge.submission.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beianbridge.scheduling.ProvincePartitioner;

/**
 * What one execution of the submit job did, added up over the provinces it ran (on a restart: the ones run again).
 *
 * @param skipped {@code code: why} for each province that attempted nothing
 * @param failed the codes of provinces whose partition failed
 */
record SubmitRunSummary(long executionId, BatchStatus status, int provinces, int filesAccepted, int filingsSubmitted,
		List<String> skipped, List<String> failed) {

	static SubmitRunSummary of(JobExecution execution) {
		int provinces = 0;
		int filesAccepted = 0;
		int filingsSubmitted = 0;
		List<String> skipped = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		List<StepExecution> partitions = execution.getStepExecutions().stream()
			.filter(step -> step.getExecutionContext().containsKey(ProvincePartitioner.PROVINCE))
			.sorted(Comparator.comparing(StepExecution::getStepName))
			.toList();
		for (StepExecution partition : partitions) {
			ExecutionContext context = partition.getExecutionContext();
			String province = context.getString(ProvincePartitioner.PROVINCE);
			provinces++;
			filesAccepted += context.getInt(ProvinceSubmitTasklet.FILES_ACCEPTED, 0);
			filingsSubmitted += context.getInt(ProvinceSubmitTasklet.FILINGS_SUBMITTED, 0);
			if (context.containsKey(ProvinceSubmitTasklet.SKIPPED)) {
				skipped.add(province + ": " + context.getString(ProvinceSubmitTasklet.SKIPPED));
			}
			if (partition.getStatus() != BatchStatus.COMPLETED) {
				failed.add(province);
			}
		}
		return new SubmitRunSummary(execution.getId(), execution.getStatus(), provinces, filesAccepted,
				filingsSubmitted, List.copyOf(skipped), List.copyOf(failed));
	}

	@Override
	public String toString() {
		return "Submit run " + executionId + " " + status + ": " + provinces + " provinces, " + filesAccepted
				+ " files accepted, " + filingsSubmitted + " filings submitted, skipped "
				+ (skipped.isEmpty() ? "none" : skipped) + (failed.isEmpty() ? ""
						: ", failed " + failed + " (restart execution " + executionId + " to run only these again)");
	}

}
