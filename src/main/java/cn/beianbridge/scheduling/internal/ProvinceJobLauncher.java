package cn.beianbridge.scheduling.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.SchedulerActed;
import cn.beianbridge.shared.ChinaTime;

/**
 * Fires province jobs: restarts the runs dead nodes left, then launches a run for the firing, each on a thread of
 * its own (the caller, a Quartz thread, returns at once). How many provinces run at once is bounded by each job's
 * own pool; this pool only holds the runs' manager threads, which mostly wait.
 */
@Component
class ProvinceJobLauncher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProvinceJobLauncher.class);

	// runs in flight on one node: a province hanging in one run is skipped by the next, so a few at most
	private static final int MAX_RUNS = 16;

	private final JobRepository jobRepository;

	private final ClusterNodes nodes;

	private final Clock clock;

	private final ObjectProvider<QuartzSchedules> schedules;

	private final ApplicationEventPublisher events;

	private final ThreadPoolTaskExecutor runs = new ThreadPoolTaskExecutor();

	private final TaskExecutorJobOperator launcher = new TaskExecutorJobOperator();

	private final Set<String> scheduledJobs = ConcurrentHashMap.newKeySet();

	private final Object idle = new Object();

	private int inFlight;

	private volatile boolean refusing;

	ProvinceJobLauncher(JobRepository jobRepository, ClusterNodes nodes, Clock clock,
			ObjectProvider<QuartzSchedules> schedules, ApplicationEventPublisher events) throws Exception {
		this.jobRepository = jobRepository;
		this.nodes = nodes;
		this.clock = clock;
		this.schedules = schedules;
		this.events = events;
		runs.setCorePoolSize(MAX_RUNS);
		runs.setMaxPoolSize(MAX_RUNS);
		runs.setQueueCapacity(0);
		runs.setAllowCoreThreadTimeOut(true);
		runs.setThreadNamePrefix("province-run-");
		runs.initialize();
		launcher.setJobRepository(jobRepository);
		// it starts the jobs it is given, never looks one up by name
		launcher.setJobRegistry(new MapJobRegistry());
		launcher.setTaskExecutor(this::counted);
		launcher.afterPropertiesSet();
	}

	/** The job is scheduled: when a node dies, it is fired at once to take over what the dead node left. */
	void scheduled(String job) {
		scheduledJobs.add(job);
	}

	List<JobExecution> fire(Job job) {
		if (!nodes.serving()) {
			if (!refusing) {
				refusing = true;
				log.error("{} not fired: another process runs under this node's name", ProvinceFailures.title(job.getName()));
			}
			return List.of();
		}
		List<JobExecution> launched = new ArrayList<>();
		for (JobExecution running : jobRepository.findRunningJobExecutions(job.getName())) {
			String node = running.getJobParameters().getString(ProvinceJobs.NODE);
			// a run started by hand names no node: nobody can tell it is dead, so it is left alone
			if (node != null && !nodes.isAlive(node)) {
				restart(job, running, node).ifPresent(launched::add);
			}
		}
		JobParameters firing = new JobParametersBuilder()
			.addLocalDateTime(ProvinceJobs.RUN, LocalDateTime.ofInstant(clock.instant(), ChinaTime.ZONE))
			.addString(ProvinceJobs.NODE, nodes.incarnation(), false)
			.toJobParameters();
		launch(job, firing).ifPresent(launched::add);
		return launched;
	}

	/** Marks the dead node's run FAILED, then runs its unfinished provinces again, as a run of this node. */
	private Optional<JobExecution> restart(Job job, JobExecution dead, String node) {
		recover(dead);
		String lastSeen = nodes.find(node).map(row -> "last heartbeat " + row.heartbeatAt()).orElse("long gone");
		Optional<JobExecution> restarted = launch(job, againOnThisNode(dead));
		String outcome = "marked FAILED" + restarted.map(r -> "; its unfinished provinces run again as execution "
				+ r.getId()).orElse("");
		log.warn("{} run {} was left running by dead node {} ({}): {}", ProvinceFailures.title(job.getName()),
				dead.getId(), node, lastSeen, outcome);
		events.publishEvent(new SchedulerActed("job.recover-and-restart", "job-execution:" + dead.getId(),
				"node " + node + " is dead (" + lastSeen + ")", outcome, dead.getStatus() + " on node " + node,
				restarted.map(r -> "FAILED; restarted as execution " + r.getId()).orElse("FAILED")));
		return restarted;
	}

	/** Marks a run left running by a dead process FAILED, with its running steps (Batch's own recovery). */
	JobExecution recover(JobExecution dead) {
		return launcher.recover(jobRepository.getJobExecution(dead.getId()));
	}

	/**
	 * Restarts a FAILED or STOPPED run as a run of this node: only its unfinished partitions run again.
	 *
	 * @throws Exception Batch's refusal (e.g. the run is complete, or running again already)
	 */
	JobExecution restart(Job job, JobExecution stopped) throws Exception {
		return launcher.start(job, againOnThisNode(stopped));
	}

	/** Asks a running run to stop (its steps see it between their units of work). */
	boolean stop(JobExecution running) throws Exception {
		return launcher.stop(jobRepository.getJobExecution(running.getId()));
	}

	/** Marks a run that is over ABANDONED. */
	JobExecution abandon(JobExecution over) throws Exception {
		return launcher.abandon(jobRepository.getJobExecution(over.getId()));
	}

	/** The run's own parameters (its job instance), naming this node as the one that runs it now. */
	private JobParameters againOnThisNode(JobExecution execution) {
		return new JobParametersBuilder(execution.getJobParameters())
			.addString(ProvinceJobs.NODE, nodes.incarnation(), false)
			.toJobParameters();
	}

	private Optional<JobExecution> launch(Job job, JobParameters parameters) {
		try {
			return Optional.of(launcher.start(job, parameters));
		}
		catch (Exception ex) {
			// another firing got there first (a restart), or this node runs too many at once: the next firing comes
			log.warn("{} run not started: {}", ProvinceFailures.title(job.getName()), ex.toString());
			return Optional.empty();
		}
	}

	/** Another node died: fire the scheduled province jobs now, so its work is taken over within the minute. */
	@EventListener
	void on(NodesDied died) {
		for (NodeRow dead : died.nodes()) {
			log.info("Node {} is dead ({}, last heartbeat {}): taking over its runs and leases", dead.incarnation(),
					dead.stopReason(), dead.heartbeatAt());
		}
		QuartzSchedules quartz = schedules.getIfAvailable();
		if (quartz != null) {
			scheduledJobs.forEach(quartz::fireNow);
		}
	}

	boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (idle) {
			while (inFlight > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				idle.wait(Math.max(1, left / 1_000_000));
			}
		}
		return true;
	}

	private void counted(Runnable run) {
		synchronized (idle) {
			inFlight++;
		}
		try {
			runs.execute(() -> {
				try {
					run.run();
				}
				finally {
					finished();
				}
			});
		}
		catch (RuntimeException ex) {
			finished();
			throw ex;
		}
	}

	private void finished() {
		synchronized (idle) {
			inFlight--;
			idle.notifyAll();
		}
	}

	@Override
	public void destroy() {
		runs.shutdown();
	}

}
