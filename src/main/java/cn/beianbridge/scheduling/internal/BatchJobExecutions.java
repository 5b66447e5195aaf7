package cn.beianbridge.scheduling.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.JobExecutions;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvincePartitioner;

/**
 * {@link JobExecutions} on Batch's repository and operator. The guards are Batch's (what may be restarted, stopped,
 * abandoned), plus the cluster's: only a run whose node is dead is recovered, and a run is restarted as a run of this
 * node through the same launcher the firings use.
 */
@Component
class BatchJobExecutions implements JobExecutions {

	private static final Logger log = LoggerFactory.getLogger(BatchJobExecutions.class);

	private final JobRepository repository;

	private final ProvinceJobLauncher launcher;

	private final BatchProvinceJobs provinceJobs;

	private final ClusterNodes nodes;

	BatchJobExecutions(JobRepository repository, ProvinceJobLauncher launcher, BatchProvinceJobs provinceJobs,
			ClusterNodes nodes) {
		this.repository = repository;
		this.launcher = launcher;
		this.provinceJobs = provinceJobs;
		this.nodes = nodes;
	}

	@Override
	public Optional<Execution> find(long executionId) {
		return Optional.ofNullable(repository.getJobExecution(executionId)).map(this::describe);
	}

	@Override
	public Execution restart(long executionId) {
		JobExecution execution = existing(executionId);
		refuseIf(whyNotRestart(execution));
		Job job = provinceJobs.job(execution.getJobInstance().getJobName()).orElseThrow();
		try {
			JobExecution restarted = launcher.restart(job, execution);
			log.info("{} run {} restarted by hand as execution {}", ProvinceFailures.title(job.getName()), executionId,
					restarted.getId());
			return describe(repository.getJobExecution(restarted.getId()));
		}
		catch (Exception ex) {
			throw new Refused("Batch refused the restart: " + ex.getMessage());
		}
	}

	@Override
	public Execution stop(long executionId) {
		JobExecution execution = existing(executionId);
		refuseIf(whyNotStop(execution));
		try {
			launcher.stop(execution);
		}
		catch (Exception ex) {
			throw new Refused("Batch refused to stop it: " + ex.getMessage());
		}
		log.info("Job execution {} asked to stop", executionId);
		return describe(repository.getJobExecution(executionId));
	}

	@Override
	public Execution recover(long executionId) {
		JobExecution execution = existing(executionId);
		refuseIf(whyNotRecover(execution));
		launcher.recover(execution);
		log.warn("Job execution {} of dead node {} recovered by hand: marked FAILED", executionId, node(execution));
		return describe(repository.getJobExecution(executionId));
	}

	@Override
	public Execution abandon(long executionId) {
		JobExecution execution = existing(executionId);
		refuseIf(whyNotAbandon(execution));
		try {
			launcher.abandon(execution);
		}
		catch (Exception ex) {
			throw new Refused("Batch refused to abandon it: " + ex.getMessage());
		}
		log.info("Job execution {} abandoned", executionId);
		return describe(repository.getJobExecution(executionId));
	}

	private JobExecution existing(long executionId) {
		JobExecution execution = repository.getJobExecution(executionId);
		if (execution == null) {
			throw new IllegalArgumentException("no job execution " + executionId);
		}
		return execution;
	}

	private static void refuseIf(String why) {
		if (why != null) {
			throw new Refused(why);
		}
	}

	private String whyNotRestart(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			return status.isRunning() ? "running" + (deadNode(execution) ? " on a dead node: recover it first" : "")
					: "only a FAILED or STOPPED run is restarted; this one is " + status;
		}
		JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getId() != execution.getId()) {
			return "execution " + last.getId() + " of the same run came after it";
		}
		if (provinceJobs.job(execution.getJobInstance().getJobName()).isEmpty()) {
			return "not a province job of this application";
		}
		if (!nodes.serving()) {
			return "this node starts no runs: another process runs under its name";
		}
		return null;
	}

	private String whyNotStop(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.STOPPING) {
			return "stopping already";
		}
		if (!status.isRunning()) {
			return "not running (" + status + ")";
		}
		if (deadNode(execution)) {
			return "its node " + node(execution) + " is dead: recover it";
		}
		return null;
	}

	private String whyNotRecover(JobExecution execution) {
		if (!execution.getStatus().isRunning()) {
			return "not running (" + execution.getStatus() + "): nothing to recover";
		}
		String node = node(execution);
		if (node == null) {
			return "started by hand, it names no node: nobody can tell it is dead";
		}
		if (nodes.isAlive(node)) {
			return "running on a live node (" + node + ")";
		}
		return null;
	}

	private static String whyNotAbandon(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status.isRunning()) {
			return "running: stop it, or recover it if its node is dead";
		}
		if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
			return "already " + status;
		}
		return null;
	}

	private boolean deadNode(JobExecution execution) {
		String node = node(execution);
		return node != null && !nodes.isAlive(node);
	}

	private static String node(JobExecution execution) {
		return execution.getJobParameters().getString(ProvinceJobs.NODE);
	}

	private Execution describe(JobExecution execution) {
		String node = node(execution);
		List<Step> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.map(BatchJobExecutions::describe)
			.toList();
		Actions actions = new Actions(whyNotRestart(execution), whyNotStop(execution), whyNotRecover(execution),
				whyNotAbandon(execution));
		return new Execution(execution.getId(), execution.getJobInstance().getInstanceId(),
				execution.getJobInstance().getJobName(), execution.getStatus().name(),
				execution.getExitStatus().getExitCode(), execution.getExitStatus().getExitDescription(),
				execution.getCreateTime(), execution.getStartTime(), execution.getEndTime(), node,
				node == null ? null : nodes.isAlive(node), parameters(execution), steps, actions);
	}

	/** {@code name=value}, sorted by name. */
	private static String parameters(JobExecution execution) {
		return execution.getJobParameters()
			.parameters()
			.stream()
			.map(parameter -> parameter.name() + "=" + parameter.value())
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static Step describe(StepExecution step) {
		String province = step.getExecutionContext().containsKey(ProvincePartitioner.PROVINCE)
				? step.getExecutionContext().getString(ProvincePartitioner.PROVINCE) : null;
		return new Step(step.getId(), step.getStepName(), province, step.getStatus().name(), step.getReadCount(),
				step.getWriteCount(), step.getCommitCount(), step.getExitStatus().getExitCode(),
				step.getExitStatus().getExitDescription(), step.getStartTime(), step.getEndTime());
	}

}
