package cn.beianbridge.submission.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.support.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The partitioned submit job on MariaDB: Flyway's Batch schema holds its partitions, contexts and restart. */
@SpringBootTest
@ActiveProfiles("test")
class SubmitJobIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_submit_job", registry);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("submitJob")
	Job submitJob;

	@Autowired
	FakeProvinceSubmitter submitter;

	@Autowired
	ProvinceCatalogue catalogue;

	@Test
	void aPartitionedRunFailsOneProvinceAndItsRestartRunsOnlyThatOne() throws Exception {
		submitter.failFor("44");
		submitter.skip("31", "lease held by node-2");

		JobExecution failed = jobOperator.start(submitJob,
				new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now()).toJobParameters());

		List<StepExecution> partitions = partitions(failed);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(partitions).hasSize(catalogue.enabled().size())
			.filteredOn(step -> step.getStatus() == BatchStatus.FAILED)
			.extracting(StepExecution::getStepName)
			.containsExactly("submitProvince:province-44");
		assertThat(partitions.stream().mapToLong(StepExecution::getWriteCount).sum())
			.isEqualTo(submitter.filingsSubmitted());
		assertThat(partitions).filteredOn(step -> step.getStepName().endsWith("-31"))
			.extracting(step -> step.getExitStatus().getExitDescription())
			.containsExactly("skipped, busy: lease held by node-2");

		submitter.reset();
		JobExecution restarted = jobOperator.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(submitter.calls()).containsExactly("44");
	}

	private List<StepExecution> partitions(JobExecution execution) {
		return jobRepository.getJobExecution(execution.getId()).getStepExecutions().stream()
			.filter(step -> step.getStepName().startsWith("submitProvince:"))
			.toList();
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
