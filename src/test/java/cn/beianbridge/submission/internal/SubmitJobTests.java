package cn.beianbridge.submission.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
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
import cn.beianbridge.submission.SubmitJobSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** The submit job around a fake submitter: partitions, counts, failure and restart, and its scheduled start. */
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
	SubmitWork submitWork;

	@Autowired
	FakeProvinceSubmitter submitter;

	@Autowired
	ProvinceCatalogue catalogue;

	@Autowired
	SubmitJobSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	@AfterEach
	void resetSubmitter() {
		submitter.reset();
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
		assertThat(Set.copyOf(submitter.threads())).hasSizeLessThanOrEqualTo(settings.gridSize());

		Collection<StepExecution> partitions = partitions(execution);
		assertThat(partitions).extracting(StepExecution::getStepName)
			.containsExactlyInAnyOrderElementsOf(
					enabledButTibet.stream().map(code -> "submitProvince:province-" + code).toList());
		assertThat(partitions.stream().mapToLong(StepExecution::getWriteCount).sum())
			.isEqualTo(submitter.filingsSubmitted())
			.isPositive();
		StepExecution shanghai = partition(execution, "31");
		assertThat(shanghai.getWriteCount()).isZero();
		assertThat(shanghai.getExitStatus().getExitDescription()).isEqualTo("skipped: lease held by node-2");
		assertThat(shanghai.getExecutionContext().getString(ProvinceSubmitTasklet.SKIPPED))
			.isEqualTo("lease held by node-2");
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
	void eachFiringStartsANewInstanceAndAFiringWhileOneIsRunningIsSkipped() throws Exception {
		int instancesBefore = instances().size();
		double completedBefore = meters.counter("bridge.submission.runs", "result", "completed").count();
		submitter.hold("11");
		CompletableFuture<Void> first = CompletableFuture.runAsync(this::runSubmitWork);
		assertThat(submitter.awaitHeld()).as("the first run reached Beijing").isTrue();

		submitWork.run();

		assertThat(instances()).hasSize(instancesBefore + 1);
		assertThat(jobRepository.findRunningJobExecutions("submit")).hasSize(1);

		submitter.release();
		first.get(30, TimeUnit.SECONDS);
		submitWork.run();

		List<JobInstance> instances = instances();
		assertThat(instances).hasSize(instancesBefore + 2);
		List<JobExecution> lastTwo = instances.subList(0, 2).stream()
			.map(jobRepository::getLastJobExecution).toList();
		assertThat(lastTwo).extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
		assertThat(lastTwo).extracting(execution -> execution.getJobParameters().getLocalDateTime("run"))
			.doesNotHaveDuplicates();
		assertThat(meters.counter("bridge.submission.runs", "result", "completed").count())
			.isEqualTo(completedBefore + 2);
	}

	@Test
	void aRunLeftRunningByADeadNodeIsMarkedFailedAndTheNextFiringStarts() throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now().minusDays(1))
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("submit", parameters);
		JobExecution orphan = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		orphan.setStatus(BatchStatus.STARTED);
		orphan.setStartTime(LocalDateTime.now());
		jobRepository.update(orphan);
		LocalDateTime longAgo = LocalDateTime.now().minus(settings.staleAfter()).minusMinutes(5);
		jdbc.update("update batch_job_execution set create_time = ?, start_time = ?, last_updated = ? "
				+ "where job_execution_id = ?", longAgo, longAgo, longAgo, orphan.getId());

		submitWork.run();

		assertThat(jobRepository.getJobExecution(orphan.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(submitter.calls()).hasSize(30);
		assertThat(jobRepository.getLastJobExecution(instances().get(0)).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private JobExecution start() throws Exception {
		JobExecution execution = jobOperator.start(submitJob,
				new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now()).toJobParameters());
		return jobRepository.getJobExecution(execution.getId());
	}

	private void runSubmitWork() {
		try {
			submitWork.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
