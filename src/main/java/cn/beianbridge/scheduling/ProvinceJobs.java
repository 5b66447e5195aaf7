package cn.beianbridge.scheduling;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The shape every province job shares (submit, download): a manager step running one worker partition per enabled
 * province, {@code grid-size} at a time, on the job's own threads. A failed province fails its partition only;
 * restarting the execution runs the failed partitions again and skips the completed ones.
 */
public final class ProvinceJobs {

	/** The identifying parameter that makes each firing a job instance of its own. */
	public static final String RUN = "run";

	private ProvinceJobs() {
	}

	/**
	 * @param tasklet a {@code @StepScope} bean reading {@code #{stepExecutionContext['province']}}; no transaction
	 * is put around it (Batch's resourceless default): the work commits as it goes, so other nodes see it at once
	 */
	public static Job partitionedByProvince(String jobName, String workerStep, JobRepository jobRepository,
			ProvinceCatalogue catalogue, Tasklet tasklet, int gridSize, TaskExecutor threads) {
		Step worker = new StepBuilder(workerStep, jobRepository).tasklet(tasklet).build();
		Step manager = new StepBuilder(workerStep + "s", jobRepository)
			.partitioner(workerStep, new ProvincePartitioner(catalogue))
			.step(worker)
			.gridSize(gridSize)
			.taskExecutor(threads)
			.build();
		return new JobBuilder(jobName, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { RUN }, new String[0]))
			.start(manager)
			.build();
	}

	/** The job's own pool; declare it as a bean with {@code defaultCandidate = false} so Boot keeps its executor. */
	public static ThreadPoolTaskExecutor threads(String prefix, int gridSize) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(gridSize);
		executor.setMaxPoolSize(gridSize);
		executor.setThreadNamePrefix(prefix);
		return executor;
	}

}
