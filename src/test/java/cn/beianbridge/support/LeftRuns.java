package cn.beianbridge.support;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvincePartitioner;

/**
 * Runs of the submit job as a process leaves them in Batch's repository, without running it: e.g. what a node leaves
 * when it dies in a run (the execution and its manager step STARTED, one province COMPLETED, Tianjin's partition
 * STARTED).
 */
public final class LeftRuns {

	private final JobRepository repository;

	public LeftRuns(JobRepository repository) {
		this.repository = repository;
	}

	/** A run of {@code node} (null: started by hand) left in {@code status}, province {@code done} completed. */
	public JobExecution submitRun(String node, String done, BatchStatus status) {
		JobParametersBuilder parameters = new JobParametersBuilder().addLocalDateTime(ProvinceJobs.RUN,
				LocalDateTime.now().minusDays(1).plusNanos(System.nanoTime() % 1_000_000_000));
		if (node != null) {
			parameters.addString(ProvinceJobs.NODE, node, false);
		}
		JobParameters identified = parameters.toJobParameters();
		JobInstance instance = repository.createJobInstance("submit", identified);
		JobExecution run = repository.createJobExecution(instance, identified, new ExecutionContext());
		run.setStatus(status);
		run.setStartTime(LocalDateTime.now());
		if (!status.isRunning()) {
			run.setEndTime(LocalDateTime.now());
		}
		repository.update(run);
		BatchStatus partitions = status == BatchStatus.COMPLETED ? BatchStatus.COMPLETED : status;
		step(run, "submitProvinces", null, partitions);
		step(run, "submitProvince:province-" + done, done, BatchStatus.COMPLETED);
		step(run, "submitProvince:province-12", "12", partitions);
		return repository.getJobExecution(run.getId());
	}

	/** What a node leaves when it dies in a run. */
	public JobExecution leftRunning(String node, String done) {
		return submitRun(node, done, BatchStatus.STARTED);
	}

	private void step(JobExecution execution, String name, String province, BatchStatus status) {
		StepExecution step = repository.createStepExecution(name, execution);
		if (province != null) {
			step.getExecutionContext().putString(ProvincePartitioner.PROVINCE, province);
			repository.updateExecutionContext(step);
		}
		step.setStatus(status);
		step.setStartTime(LocalDateTime.now());
		if (!status.isRunning()) {
			step.setEndTime(LocalDateTime.now());
		}
		repository.update(step);
	}

}
