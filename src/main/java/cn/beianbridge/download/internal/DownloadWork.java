package cn.beianbridge.download.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import cn.beianbridge.download.DownloadJobSettings;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.ChinaTime;

/**
 * The scheduled {@code download} work: starts a new instance of the download job per firing, unless one is still
 * running (then this firing is skipped, so runs do not pile up).
 */
@Component
class DownloadWork implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(DownloadWork.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job downloadJob;

	private final DownloadJobSettings settings;

	private final Clock clock;

	DownloadWork(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("downloadJob") Job downloadJob,
			DownloadJobSettings settings, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.downloadJob = downloadJob;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String jobName() {
		return DownloadJobConfiguration.JOB_NAME;
	}

	@Override
	public void run() throws Exception {
		if (anotherRunIsAlive()) {
			return;
		}
		LocalDateTime firing = LocalDateTime.ofInstant(clock.instant(), ChinaTime.ZONE);
		JobExecution started = jobOperator.start(downloadJob, new JobParametersBuilder()
			.addLocalDateTime(DownloadJobConfiguration.RUN, firing).toJobParameters());
		JobExecution finished = jobRepository.getJobExecution(started.getId());
		long failed = finished.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED).count();
		if (failed == 0) {
			log.info("Download run {}: {}", finished.getId(), finished.getStatus());
		}
		else {
			log.warn("Download run {}: {} with {} province(s) failed (see their step executions)", finished.getId(),
					finished.getStatus(), failed);
		}
	}

	/** A live execution makes this firing skip; one that stopped moving is a dead node's, and is failed. */
	private boolean anotherRunIsAlive() {
		// Batch stamps its executions with the system clock, so staleness is measured with it too.
		LocalDateTime staleBefore = LocalDateTime.now().minus(settings.staleAfter());
		for (JobExecution running : jobRepository.findRunningJobExecutions(DownloadJobConfiguration.JOB_NAME)) {
			LocalDateTime lastSeen = Stream
				.concat(Stream.of(running.getCreateTime(), running.getStartTime(), running.getLastUpdated()),
						running.getStepExecutions().stream().map(StepExecution::getLastUpdated))
				.filter(Objects::nonNull)
				.max(LocalDateTime::compareTo)
				.orElse(null);
			if (lastSeen == null || lastSeen.isAfter(staleBefore)) {
				log.info("Download run not started: execution {} (started {}) is still running", running.getId(),
						running.getStartTime());
				return true;
			}
			log.warn("Download execution {} shows no progress since {}: taken to belong to a dead node, marked FAILED",
					running.getId(), lastSeen);
			jobOperator.recover(running);
		}
		return false;
	}

}
