package cn.beianbridge.scheduling.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.JobSchedules;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvincePauses;
import cn.beianbridge.scheduling.ProvincePartitioner;
import cn.beianbridge.scheduling.ProvinceWork;
import cn.beianbridge.scheduling.ScheduledWork;

/** {@link ProvinceJobs} on Spring Batch: the jobs' shape, their pools, and their firing. */
@Component
class BatchProvinceJobs implements ProvinceJobs, DisposableBean {

	private final JobRepository jobRepository;

	private final ProvinceCatalogue catalogue;

	private final JobSchedules schedules;

	private final ClusterNodes nodes;

	private final ProvinceFailures failures;

	private final MeterRegistry meters;

	private final ProvinceJobLauncher launcher;

	private final ProvincePauses pauses;

	private final List<ThreadPoolTaskExecutor> pools = new CopyOnWriteArrayList<>();

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	BatchProvinceJobs(JobRepository jobRepository, ProvinceCatalogue catalogue, JobSchedules schedules,
			ClusterNodes nodes, ProvinceFailures failures, MeterRegistry meters, ProvinceJobLauncher launcher,
			ProvincePauses pauses) {
		this.jobRepository = jobRepository;
		this.catalogue = catalogue;
		this.schedules = schedules;
		this.nodes = nodes;
		this.failures = failures;
		this.meters = meters;
		this.launcher = launcher;
		this.pauses = pauses;
	}

	/**
	 * No transaction is put around a province's work (Batch's resourceless default): it commits as it goes, so other
	 * nodes see it at once.
	 */
	@Override
	public Job partitionedByProvince(String jobName, String workerStep, ProvinceWork work) {
		int gridSize = schedules.gridSize(jobName);
		ProvinceRunReport report = new ProvinceRunReport(jobName, failures, meters);
		Step worker = new StepBuilder(workerStep, jobRepository).tasklet(new ProvinceTasklet(work, nodes::serving, pauses))
			.listener(report)
			.build();
		Step manager = new StepBuilder(workerStep + "s", jobRepository)
			.partitioner(workerStep, new ProvincePartitioner(catalogue))
			.step(worker)
			.gridSize(gridSize)
			.taskExecutor(pool(jobName + "-", gridSize))
			.build();
		Job job = new JobBuilder(jobName, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { RUN }, new String[] { NODE }))
			.listener(report)
			.start(manager)
			.build();
		jobs.put(jobName, job);
		return job;
	}

	/** The province job of that name built here, if any: the only jobs the console may restart. */
	Optional<Job> job(String jobName) {
		return Optional.ofNullable(jobs.get(jobName));
	}

	@Override
	public ScheduledWork scheduled(Job job) {
		launcher.scheduled(job.getName());
		return new ScheduledWork() {

			@Override
			public String jobName() {
				return job.getName();
			}

			@Override
			public void run() {
				launcher.fire(job);
			}

		};
	}

	@Override
	public List<JobExecution> fire(Job job) {
		return launcher.fire(job);
	}

	@Override
	public boolean awaitIdle(Duration timeout) throws InterruptedException {
		return launcher.awaitIdle(timeout);
	}

	/** The job's own threads: the grid size bounds how many provinces run at once on this node, over all its runs. */
	private ThreadPoolTaskExecutor pool(String prefix, int gridSize) {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setCorePoolSize(gridSize);
		pool.setMaxPoolSize(gridSize);
		pool.setThreadNamePrefix(prefix);
		pool.initialize();
		pools.add(pool);
		return pool;
	}

	@Override
	public void destroy() {
		pools.forEach(ThreadPoolTaskExecutor::shutdown);
	}

}
