package cn.beianbridge.submission.internal;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.SubmitJobSettings;

/** The {@code submit} job: one {@code submitProvince} partition per enabled province (see {@link ProvinceJobs}). */
@Configuration
class SubmitJobConfiguration {

	static final String JOB_NAME = "submit";

	static final String WORKER_STEP = "submitProvince";

	static final String RUN = ProvinceJobs.RUN;

	@Bean
	Job submitJob(JobRepository jobRepository, ProvinceCatalogue catalogue, Tasklet provinceSubmitTasklet,
			SubmitJobSettings settings) {
		return ProvinceJobs.partitionedByProvince(JOB_NAME, WORKER_STEP, jobRepository, catalogue,
				provinceSubmitTasklet, settings.gridSize(), submitTaskExecutor(settings));
	}

	/** Asks for the submitter only when a partition runs, so the application starts without one. */
	@Bean
	@StepScope
	Tasklet provinceSubmitTasklet(@Value("#{stepExecutionContext['province']}") String province,
			ObjectProvider<ProvinceSubmitter> submitters) {
		return new ProvinceSubmitTasklet(province, submitters);
	}

	@Bean(defaultCandidate = false)
	ThreadPoolTaskExecutor submitTaskExecutor(SubmitJobSettings settings) {
		return ProvinceJobs.threads("submit-", settings.gridSize());
	}

}
