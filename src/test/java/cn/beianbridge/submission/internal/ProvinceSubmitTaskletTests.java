package cn.beianbridge.submission.internal;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** One province's partition: what the submitter did ends up in the step execution admins look at. */
class ProvinceSubmitTaskletTests {

	private final StepExecution step = new StepExecution(7L, "submitProvince:province-33",
			new JobExecution(3L, new JobInstance(1L, "submit"), new JobParameters()));

	private final StepContribution contribution = step.createStepContribution();

	@Test
	void theSubmittersCountsBecomeTheStepsWriteCountContextAndExitDescription() throws Exception {
		tasklet("33", province -> new ProvinceSubmission(province, 2, 180, 1, null))
			.execute(contribution, new ChunkContext(new StepContext(step)));

		assertThat(contribution.getWriteCount()).isEqualTo(180);
		assertThat(step.getExecutionContext().getInt(ProvinceSubmitTasklet.FILES_ACCEPTED)).isEqualTo(2);
		assertThat(step.getExecutionContext().getInt(ProvinceSubmitTasklet.FILES_WAITING)).isEqualTo(1);
		assertThat(contribution.getExitStatus().getExitDescription())
			.isEqualTo("2 files accepted, 180 filings submitted, 1 files waiting");
	}

	@Test
	void aSkippedProvinceSaysWhyInItsExitDescription() throws Exception {
		tasklet("33", province -> ProvinceSubmission.skipped(province, "circuit open"))
			.execute(contribution, new ChunkContext(new StepContext(step)));

		assertThat(contribution.getWriteCount()).isZero();
		assertThat(step.getExecutionContext().getString(ProvinceSubmitTasklet.SKIPPED)).isEqualTo("circuit open");
		assertThat(contribution.getExitStatus().getExitDescription()).isEqualTo("skipped: circuit open");
	}

	@Test
	void withoutASubmitterBeanThePartitionFailsNamingWhatIsMissing() {
		ObjectProvider<ProvinceSubmitter> none = new StaticListableBeanFactory().getBeanProvider(ProvinceSubmitter.class);

		assertThatIllegalStateException()
			.isThrownBy(() -> new ProvinceSubmitTasklet("33", none).execute(contribution,
					new ChunkContext(new StepContext(step))))
			.withMessageContaining("ProvinceSubmitter")
			.withMessageContaining("province 33");
	}

	private static ProvinceSubmitTasklet tasklet(String province, ProvinceSubmitter submitter) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("submitter", submitter);
		return new ProvinceSubmitTasklet(province, beans.getBeanProvider(ProvinceSubmitter.class));
	}

}
