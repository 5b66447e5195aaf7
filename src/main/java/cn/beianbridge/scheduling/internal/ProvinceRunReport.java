package cn.beianbridge.scheduling.internal;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvincePartitioner;

/**
 * What a province job tells about itself: each province's end goes to {@link ProvinceFailures} (a failure, or the
 * end of a spell of them), each run's end is one summary line and {@code bridge.jobs.runs{job,result}}. Batch's own
 * per-step error line, a stack trace a minute for a province that keeps failing, is switched off (application.yml).
 */
final class ProvinceRunReport implements StepExecutionListener, JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ProvinceRunReport.class);

	private final String job;

	private final ProvinceFailures failures;

	private final MeterRegistry meters;

	ProvinceRunReport(String job, ProvinceFailures failures, MeterRegistry meters) {
		this.job = job;
		this.failures = failures;
		this.meters = meters;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		String province = context.getString(ProvincePartitioner.PROVINCE, null);
		if (province == null) {
			return null;
		}
		try {
			if (step.getStatus().isUnsuccessful()) {
				List<Throwable> errors = step.getFailureExceptions();
				Throwable error = errors.isEmpty() ? null : errors.get(0);
				failures.failed(job, province, error != null ? error.toString() : firstLine(step.getExitStatus()), error);
			}
			else if (ProvinceOutcome.Status.TROUBLE.name().equals(context.getString(ProvinceTasklet.OUTCOME, null))) {
				failures.failed(job, province, context.getString(ProvinceTasklet.REASON), null);
			}
			else if (ProvinceOutcome.Status.DONE.name().equals(context.getString(ProvinceTasklet.OUTCOME, null))) {
				failures.succeeded(job, province);
			}
		}
		catch (RuntimeException ex) {
			// the report must not fail the province's work, which is done
			log.warn("{} of province {}: its outcome could not be recorded ({})", ProvinceFailures.title(job), province,
					ex.toString());
		}
		return null;
	}

	@Override
	public void afterJob(JobExecution execution) {
		ProvinceRunSummary summary = ProvinceRunSummary.of(job, execution);
		// bridge.jobs.runs{result=failed} is what an operator alerts on: a province's partition failed
		meters.counter("bridge.jobs.runs", "job", job, "result", summary.status().name().toLowerCase(Locale.ROOT))
			.increment();
		if (summary.status() != BatchStatus.COMPLETED && summary.failed().isEmpty()) {
			// not a province's failure (those are reported one by one): the run itself went wrong
			log.warn("{}: {}", summary, firstLine(execution.getExitStatus()));
		}
		else if (summary.noteworthy()) {
			log.info("{}", summary);
		}
		else {
			log.debug("{}", summary);
		}
	}

	private static String firstLine(ExitStatus status) {
		String description = status.getExitDescription();
		int end = description.indexOf('\n');
		return status.getExitCode() + (description.isEmpty() ? "" : ": " + (end < 0 ? description : description.substring(0, end)));
	}

}
