package cn.beianbridge.download.internal;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.beianbridge.download.DownloadJobSettings;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ProvinceJobs;

/** The {@code download} job: one {@code downloadProvince} partition per enabled province (see {@link ProvinceJobs}). */
@Configuration
class DownloadJobConfiguration {

	static final String JOB_NAME = "download";

	static final String WORKER_STEP = "downloadProvince";

	static final String RUN = ProvinceJobs.RUN;

	@Bean
	Job downloadJob(JobRepository jobRepository, ProvinceCatalogue catalogue, Tasklet provinceDownloadTasklet,
			DownloadJobSettings settings) {
		return ProvinceJobs.partitionedByProvince(JOB_NAME, WORKER_STEP, jobRepository, catalogue,
				provinceDownloadTasklet, settings.gridSize(), downloadTaskExecutor(settings));
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
		return ProvinceJobs.threads("download-", settings.gridSize());
	}

}
