package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.support.LeftRuns;
import cn.beianbridge.support.OtherNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The submit job around a fake submitter: partitions, counts, failure and restart, its firings, dead nodes' runs. */
@SpringBootTest(properties = "bridge.provinces.54.enabled=false")
@ActiveProfiles("test")
class SubmitJobTests {

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("submitJob")
	Job submitJob;

	@Autowired
	@Qualifier("submitWork")
	ScheduledWork submitWork;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	FakeProvinceSubmitter submitter;

	@Autowired
	ProvinceCatalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	@AfterEach
	void resetSubmitter() throws InterruptedException {
		submitter.reset();
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();
	}

	@Test
	void aRunSubmitsEachEnabledProvinceOnceOnTheJobsOwnBoundedPool() throws Exception {
		submitter.skip("31", "lease held by node-2");

		JobExecution execution = start();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> enabledButTibet = catalogue.all().stream().map(Province::code)
			.filter(code -> !code.equals("54")).toList();
		assertThat(submitter.calls()).hasSize(30).doesNotContain("54")
			.containsExactlyInAnyOrderElementsOf(enabledButTibet);
		assertThat(submitter.threads()).allMatch(thread -> thread.startsWith("submit-"));
		assertThat(Set.copyOf(submitter.threads())).hasSizeLessThanOrEqualTo(4);

		Collection<StepExecution> partitions = partitions(execution);
		assertThat(partitions).extracting(StepExecution::getStepName)
			.containsExactlyInAnyOrderElementsOf(
					enabledButTibet.stream().map(code -> "submitProvince:province-" + code).toList());
		assertThat(partitions.stream().mapToLong(StepExecution::getWriteCount).sum())
			.isEqualTo(submitter.filingsSubmitted())
			.isPositive();
		assertThat(partition(execution, "33").getExitStatus().getExitDescription())
			.isEqualTo("2 files accepted, 8 filings submitted, 0 files waiting");
		StepExecution shanghai = partition(execution, "31");
		assertThat(shanghai.getWriteCount()).isZero();
		assertThat(shanghai.getExitStatus().getExitDescription()).isEqualTo("skipped, busy: lease held by node-2");
	}

	@Test
	void aFailingProvinceFailsItsPartitionOnlyAndARestartRunsThatProvinceAlone() throws Exception {
		submitter.failFor("44");

		JobExecution failed = start();

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(partition(failed, "44").getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(partition(failed, "44").getExitStatus().getExitDescription()).contains("bureau 44 answered HTTP 500");
		assertThat(partitions(failed)).hasSize(30)
			.filteredOn(step -> step.getStatus() == BatchStatus.COMPLETED)
			.hasSize(29);

		submitter.reset();
		JobExecution restarted = jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(submitter.calls()).containsExactly("44");
		assertThat(partitions(restarted)).extracting(StepExecution::getStepName)
			.containsExactly("submitProvince:province-44");
	}

	@Test
	void aFiringReturnsAtOnceAndTheNextFiringRunsWhileAProvinceOfTheLastStillHangs() throws Exception {
		double completedBefore = meters.counter("bridge.jobs.runs", "job", "submit", "result", "completed").count();
		submitter.hold("11");

		long before = System.nanoTime();
		submitWork.run();
		assertThat(submitter.awaitHeld()).as("the first run reached Beijing").isTrue();
		submitWork.run();
		Duration firings = Duration.ofNanos(System.nanoTime() - before);

		assertThat(firings).as("the firing thread is not held by Beijing").isLessThan(Duration.ofSeconds(5));
		Set<JobExecution> running = jobRepository.findRunningJobExecutions("submit");
		assertThat(running).as("the second firing did not wait for the first").hasSize(2);
		assertThat(running).extracting(execution -> execution.getJobParameters().getString(ProvinceJobs.NODE))
			.as("each names the node that runs it").doesNotContainNull();

		submitter.release();
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();

		List<JobExecution> lastTwo = instances().subList(0, 2).stream().map(jobRepository::getLastJobExecution).toList();
		assertThat(lastTwo).extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
		assertThat(lastTwo).extracting(execution -> execution.getJobParameters().getLocalDateTime("run"))
			.doesNotHaveDuplicates();
		assertThat(meters.counter("bridge.jobs.runs", "job", "submit", "result", "completed").count())
			.isEqualTo(completedBefore + 2);
	}

	@Test
	void aRunLeftRunningByADeadNodeIsMarkedFailedAndOnlyItsUnfinishedProvincesRunAgain() throws Exception {
		OtherNode dead = OtherNode.running(jdbc, clock, "node-gone");
		JobExecution orphan = orphan(dead.incarnation(), "11");
		dead.diedAgo(Duration.ofMinutes(2));

		List<JobExecution> launched = provinceJobs.fire(submitJob);
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();

		assertThat(jobRepository.getJobExecution(orphan.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(launched).hasSize(2);
		JobExecution restart = jobRepository.getJobExecution(launched.get(0).getId());
		assertThat(restart.getJobInstanceId()).as("the dead run's own instance").isEqualTo(orphan.getJobInstanceId());
		assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(partitions(restart)).extracting(StepExecution::getStepName)
			.as("Beijing was done; every other province is run again")
			.hasSize(29)
			.doesNotContain("submitProvince:province-11")
			.contains("submitProvince:province-12");
		JobExecution firing = jobRepository.getJobExecution(launched.get(1).getId());
		assertThat(firing.getJobInstanceId()).isNotEqualTo(orphan.getJobInstanceId());
		assertThat(firing.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aRunOfALiveNodeIsNeverTakenOverHoweverOldAndARunStartedByHandIsLeftAlone() throws Exception {
		OtherNode alive = OtherNode.running(jdbc, clock, "node-slow");
		JobExecution slow = orphan(alive.incarnation(), "11");
		JobExecution byHand = orphan(null, "11");
		LocalDateTime daysAgo = LocalDateTime.now().minusDays(3);
		jdbc.update("update batch_job_execution set create_time = ?, start_time = ?, last_updated = ? "
				+ "where job_execution_id in (?, ?)", daysAgo, daysAgo, daysAgo, slow.getId(), byHand.getId());

		List<JobExecution> launched = provinceJobs.fire(submitJob);
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();

		assertThat(launched).hasSize(1);
		assertThat(jobRepository.getJobExecution(slow.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		assertThat(jobRepository.getJobExecution(byHand.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		// leave nothing running for the other tests of this context
		jdbc.update("update batch_job_execution set status = 'ABANDONED', end_time = ? where job_execution_id in (?, ?)",
				daysAgo, slow.getId(), byHand.getId());
	}

	/** What a node leaves when it dies in a run (see {@link LeftRuns}). */
	private JobExecution orphan(String node, String done) {
		return new LeftRuns(jobRepository).leftRunning(node, done);
	}

	private JobExecution start() throws Exception {
		JobExecution execution = jobOperator.start(submitJob,
				new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now()).toJobParameters());
		return jobRepository.getJobExecution(execution.getId());
	}

	/** Newest first. */
	private List<JobInstance> instances() {
		return jobRepository.getJobInstances("submit", 0, 1_000);
	}

	private Collection<StepExecution> partitions(JobExecution execution) {
		return jobRepository.getJobExecution(execution.getId()).getStepExecutions().stream()
			.filter(step -> step.getStepName().startsWith("submitProvince:"))
			.collect(Collectors.toList());
	}

	private StepExecution partition(JobExecution execution, String province) {
		return partitions(execution).stream()
			.filter(step -> step.getStepName().equals("submitProvince:province-" + province))
			.findFirst()
			.orElseThrow();
	}

	@TestConfiguration
	static class FakeSubmitter {

		@Bean
		@Primary
		FakeProvinceSubmitter fakeProvinceSubmitter() {
			return new FakeProvinceSubmitter();
		}

	}

}
