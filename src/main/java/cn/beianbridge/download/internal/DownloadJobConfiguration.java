package cn.beianbridge.download.internal;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.beianbridge.scheduling.ProvincePartitioner;
import cn.beianbridge.download.DownloadJobSettings;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The {@code download} job: a manager step that runs one {@code downloadProvince} partition per enabled province,
 * {@code grid-size} at a time. A failed province fails its partition only; the others' decisions still arrive.
 */
@Configuration
class DownloadJobConfiguration {

	static final String JOB_NAME = "download";

	static final String WORKER_STEP = "downloadProvince";

	static final String RUN = "run";

	@Bean
	Job downloadJob(JobRepository jobRepository, Step downloadProvinces) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { RUN }, new String[0]))
			.start(downloadProvinces)
			.build();
	}

	@Bean
	Step downloadProvinces(JobRepository jobRepository, ProvinceCatalogue catalogue, Step downloadProvince,
			DownloadJobSettings settings) {
		return new StepBuilder("downloadProvinces", jobRepository)
			.partitioner(WORKER_STEP, new ProvincePartitioner(catalogue))
			.step(downloadProvince)
			.gridSize(settings.gridSize())
			.taskExecutor(downloadTaskExecutor(settings))
			.build();
	}

	/** No transaction around the tasklet: each file is stored, applied and acknowledged in transactions of its own. */
	@Bean
	Step downloadProvince(JobRepository jobRepository, Tasklet provinceDownloadTasklet) {
		return new StepBuilder(WORKER_STEP, jobRepository).tasklet(provinceDownloadTasklet).build();
	}

	@Bean
	@StepScope
	Tasklet provinceDownloadTasklet(@Value("#{stepExecutionContext['province']}") String province,
			ProvinceDownloader downloader) {
		return (contribution, chunk) -> {
			ProvinceDownload run = downloader.download(province);
			ExecutionContext context = contribution.getStepExecution().getExecutionContext();
			context.putInt("filesReceived", run.filesReceived());
			context.putInt("filesApplied", run.filesApplied());
			context.putInt("filesAcknowledged", run.filesAcknowledged());
			if (run.stopped() != null) {
				context.putString("stopped", run.stopped());
			}
			contribution.incrementWriteCount(run.filesApplied());
			return RepeatStatus.FINISHED;
		};
	}

	@Bean(defaultCandidate = false)
	ThreadPoolTaskExecutor downloadTaskExecutor(DownloadJobSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(settings.gridSize());
		executor.setMaxPoolSize(settings.gridSize());
		executor.setThreadNamePrefix("download-");
		return executor;
	}

}
