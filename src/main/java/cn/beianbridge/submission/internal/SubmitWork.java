package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.submission.SubmitJobSettings;

/**
 * The scheduled {@code submit} work: starts a new instance of the submit job per firing, unless one is still
 * running (then this firing is skipped, so runs do not pile up).
 */
@Component
class SubmitWork implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(SubmitWork.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job submitJob;

	private final SubmitJobSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	SubmitWork(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("submitJob") Job submitJob,
			SubmitJobSettings settings, Clock clock, MeterRegistry meters) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.submitJob = submitJob;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	@Override
	public String jobName() {
		return SubmitJobConfiguration.JOB_NAME;
	}

	@Override
	public void run() throws Exception {
		if (anotherRunIsAlive()) {
			return;
		}
		LocalDateTime firing = LocalDateTime.ofInstant(clock.instant(), ChinaTime.ZONE);
		JobExecution started = jobOperator.start(submitJob,
				new JobParametersBuilder().addLocalDateTime(SubmitJobConfiguration.RUN, firing).toJobParameters());
		SubmitRunSummary summary = SubmitRunSummary.of(jobRepository.getJobExecution(started.getId()));
		// bridge.submission.runs{result=failed} is what an operator alerts on: a province's partition failed.
		meters.counter("bridge.submission.runs", "result", summary.status().name().toLowerCase(Locale.ROOT))
			.increment();
		if (summary.failed().isEmpty()) {
			log.info("{}", summary);
		}
		else {
			log.warn("{}", summary);
		}
	}

	/** A live execution makes this firing skip; one that stopped moving is a dead node's, and is failed. */
	private boolean anotherRunIsAlive() {
		// Batch stamps its executions with the system clock, so staleness is measured with it too.
		LocalDateTime staleBefore = LocalDateTime.now().minus(settings.staleAfter());
		for (JobExecution running : jobRepository.findRunningJobExecutions(SubmitJobConfiguration.JOB_NAME)) {
			LocalDateTime lastSeen = lastActivity(running);
			if (lastSeen == null || lastSeen.isAfter(staleBefore)) {
				log.info("Submit run not started: execution {} (started {}) is still running", running.getId(),
						running.getStartTime());
				return true;
			}
			log.warn("Submit execution {} shows no progress since {}: taken to belong to a dead node, marked FAILED "
					+ "(restart it to run its unfinished provinces)", running.getId(), lastSeen);
			jobOperator.recover(running);
		}
		return false;
	}

	private static LocalDateTime lastActivity(JobExecution execution) {
		return Stream
			.concat(Stream.of(execution.getCreateTime(), execution.getStartTime(), execution.getLastUpdated()),
					execution.getStepExecutions().stream().map(StepExecution::getLastUpdated))
			.filter(Objects::nonNull)
			.max(LocalDateTime::compareTo)
			.orElse(null);
	}

}
