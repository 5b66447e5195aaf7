package cn.beianbridge.submission.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import cn.beianbridge.scheduling.ProvincePartitioner;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a submit run logs adds up its provinces' partitions and names the skipped and failed ones. */
class SubmitRunSummaryTests {

	private final JobExecution execution = new JobExecution(12L, new JobInstance(1L, "submit"), new JobParameters());

	@Test
	void addsUpThePartitionsAndNamesSkippedAndFailedProvinces() {
		execution.setStatus(BatchStatus.FAILED);
		execution.addStepExecutions(List.of(new StepExecution(1L, "submitProvinces", execution),
				partition(2L, "11", BatchStatus.COMPLETED, 2, 150, null),
				partition(3L, "31", BatchStatus.COMPLETED, 0, 0, "lease held by node-2"),
				partition(4L, "33", BatchStatus.COMPLETED, 1, 40, null),
				partition(5L, "44", BatchStatus.FAILED, 0, 0, null)));

		SubmitRunSummary summary = SubmitRunSummary.of(execution);

		assertThat(summary.provinces()).isEqualTo(4);
		assertThat(summary.filesAccepted()).isEqualTo(3);
		assertThat(summary.filingsSubmitted()).isEqualTo(190);
		assertThat(summary.skipped()).containsExactly("31: lease held by node-2");
		assertThat(summary.failed()).containsExactly("44");
		assertThat(summary).hasToString("Submit run 12 FAILED: 4 provinces, 3 files accepted, 190 filings submitted, "
				+ "skipped [31: lease held by node-2], failed [44] (restart execution 12 to run only these again)");
	}

	private StepExecution partition(long id, String province, BatchStatus status, int files, int filings,
			String skipped) {
		StepExecution step = new StepExecution(id, "submitProvince:province-" + province, execution);
		step.setStatus(status);
		step.getExecutionContext().putString(ProvincePartitioner.PROVINCE, province);
		if (status == BatchStatus.COMPLETED) {
			step.getExecutionContext().putInt(ProvinceSubmitTasklet.FILES_ACCEPTED, files);
			step.getExecutionContext().putInt(ProvinceSubmitTasklet.FILINGS_SUBMITTED, filings);
		}
		if (skipped != null) {
			step.getExecutionContext().putString(ProvinceSubmitTasklet.SKIPPED, skipped);
		}
		return step;
	}

}
