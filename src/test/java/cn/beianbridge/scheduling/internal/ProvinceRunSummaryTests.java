package cn.beianbridge.scheduling.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvincePartitioner;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a province job's run logs adds up its provinces and names the ones that did not get through. */
class ProvinceRunSummaryTests {

	private final JobExecution execution = new JobExecution(12L, new JobInstance(1L, "submit"), new JobParameters());

	@Test
	void addsUpTheCountsAndNamesBusyWaitingTroubledAndFailedProvinces() {
		execution.setStatus(BatchStatus.FAILED);
		execution.addStepExecutions(List.of(new StepExecution(1L, "submitProvinces", execution),
				partition(2L, "11", BatchStatus.COMPLETED, ProvinceOutcome.done(counts(2, 150), 150)),
				partition(3L, "31", BatchStatus.COMPLETED, ProvinceOutcome.busy("lease held by node-2#1/x")),
				partition(4L, "33", BatchStatus.COMPLETED, ProvinceOutcome.done(counts(1, 40), 40)),
				partition(5L, "35", BatchStatus.COMPLETED, ProvinceOutcome.waiting("its bureau gateway has not started")),
				partition(8L, "36", BatchStatus.COMPLETED, ProvinceOutcome.waiting("its bureau gateway has not started")),
				partition(6L, "37", BatchStatus.COMPLETED, ProvinceOutcome.trouble("msg_code 901", counts(0, 0), 0)),
				partition(7L, "44", BatchStatus.FAILED, null)));

		ProvinceRunSummary summary = ProvinceRunSummary.of("submit", execution);

		assertThat(summary.provinces()).isEqualTo(7);
		assertThat(summary.written()).isEqualTo(190);
		assertThat(summary.noteworthy()).isTrue();
		assertThat(summary).hasToString("Submit run 12 FAILED: 7 provinces, 3 files accepted, 190 filings submitted; "
				+ "busy 31; waiting 35, 36 (its bureau gateway has not started); trouble 37; failed 44 "
				+ "(restart execution 12 to run only these again)");
	}

	@Test
	void aRunThatWroteNothingAndWaitedForNothingIsNotWorthALineAtInfo() {
		execution.setStatus(BatchStatus.COMPLETED);
		execution.addStepExecutions(List.of(
				partition(2L, "11", BatchStatus.COMPLETED, ProvinceOutcome.done(counts(0, 0), 0)),
				partition(3L, "36", BatchStatus.COMPLETED, ProvinceOutcome.trouble("msg_code 901", counts(0, 0), 0))));

		assertThat(ProvinceRunSummary.of("submit", execution).noteworthy()).isFalse();
	}

	private static Map<String, Integer> counts(int files, int filings) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("files accepted", files);
		counts.put("filings submitted", filings);
		return counts;
	}

	private StepExecution partition(long id, String province, BatchStatus status, ProvinceOutcome outcome) {
		StepExecution step = new StepExecution(id, "submitProvince:province-" + province, execution);
		step.setStatus(status);
		step.getExecutionContext().putString(ProvincePartitioner.PROVINCE, province);
		if (outcome != null) {
			step.getExecutionContext().putString(ProvinceTasklet.OUTCOME, outcome.status().name());
			if (outcome.reason() != null) {
				step.getExecutionContext().putString(ProvinceTasklet.REASON, outcome.reason());
			}
			step.getExecutionContext().put(ProvinceTasklet.COUNTS, new LinkedHashMap<>(outcome.counts()));
			step.setWriteCount(outcome.written());
		}
		return step;
	}

}
