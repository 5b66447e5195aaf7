package cn.beianbridge.submission.internal;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.beianbridge.scheduling.ProvincePartitioner;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.SubmitJobSettings;

/**
 * The {@code submit} job: a manager step that runs one {@code submitProvince} partition per enabled province,
 * {@code grid-size} at a time. A failed province fails its partition only; restarting the failed execution runs
 * the failed partitions again and skips the completed ones.
 */
@Configuration
class SubmitJobConfiguration {

	static final String JOB_NAME = "submit";

	static final String WORKER_STEP = "submitProvince";

	/** The identifying parameter that makes each firing a job instance of its own. */
	static final String RUN = "run";

	@Bean
	Job submitJob(JobRepository jobRepository, Step submitProvinces) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { RUN }, new String[0]))
			.start(submitProvinces)
			.build();
	}

	@Bean
	Step submitProvinces(JobRepository jobRepository, ProvinceCatalogue catalogue, Step submitProvince,
			SubmitJobSettings settings) {
		return new StepBuilder("submitProvinces", jobRepository)
			.partitioner(WORKER_STEP, new ProvincePartitioner(catalogue))
			.step(submitProvince)
			.gridSize(settings.gridSize())
			.taskExecutor(submitTaskExecutor(settings))
			.build();
	}

	/**
	 * No transaction around the tasklet (Batch's resourceless default): the submitter commits its lease and each
	 * file record as it goes, so that other nodes see them at once.
	 */
	@Bean
	Step submitProvince(JobRepository jobRepository, Tasklet provinceSubmitTasklet) {
		return new StepBuilder(WORKER_STEP, jobRepository).tasklet(provinceSubmitTasklet).build();
	}

	/** Asks for the submitter only when a partition runs, so the application starts without one. */
	@Bean
	@StepScope
	Tasklet provinceSubmitTasklet(@Value("#{stepExecutionContext['province']}") String province,
			ObjectProvider<ProvinceSubmitter> submitters) {
		return new ProvinceSubmitTasklet(province, submitters);
	}

	/** The job's own threads; not a default candidate, so Boot keeps its application task executor. */
	@Bean(defaultCandidate = false)
	ThreadPoolTaskExecutor submitTaskExecutor(SubmitJobSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(settings.gridSize());
		executor.setMaxPoolSize(settings.gridSize());
		executor.setThreadNamePrefix("submit-");
		return executor;
	}

}
