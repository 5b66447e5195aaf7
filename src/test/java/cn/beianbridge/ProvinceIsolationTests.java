package cn.beianbridge;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A province's trouble stays in its province: a bureau that hangs delays only its own province's submissions and
 * downloads, and a province whose gateway has not started waits, while the others go on at every firing. Firings
 * are made as Quartz makes them (the jobs' scheduled work); default settings. A context of its own: the jobs run
 * every province.
 */
@TestPropertySource(properties = "bridge.bureau.read-timeout=60s")
@ExtendWith(OutputCaptureExtension.class)
class ProvinceIsolationTests extends SimulatedBureausTestSupport {

	@Autowired
	@Qualifier("submitWork")
	ScheduledWork submitWork;

	@Autowired
	@Qualifier("downloadWork")
	ScheduledWork downloadWork;

	@Autowired
	@Qualifier("downloadJob")
	Job downloadJob;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	ProvinceLeases leases;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	CamelContext camel;

	@AfterEach
	void bureausBehave() throws Exception {
		simulator.resetAll();
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
	}

	@Test
	void aHangingBureauHoldsBackOnlyItsOwnProvince() throws Exception {
		long zhejiang = store("33", "ISO-33");
		long fujian = store("35", "ISO-35-A");
		simulator.forceNext("35", Decision.APPROVE);
		// Zhejiang's bureau takes each call, then holds the reply for 20 s (the read timeout is 60 s): long enough for
		// Fujian's three firings below on a loaded machine (about 3 s on a quiet one)
		simulator.faults("33").replyDelay(Duration.ofSeconds(20));

		long firing = System.nanoTime();
		submitWork.run();
		assertThat(Duration.ofNanos(System.nanoTime() - firing)).as("the firing does not wait for any province")
			.isLessThan(Duration.ofSeconds(5));
		await().atMost(Duration.ofSeconds(20)).until(() -> state(fujian) == FilingState.SUBMITTED);
		assertThat(leases.holder("submit", "33")).as("Zhejiang's upload still hangs").isPresent();

		// the next firings: Fujian's decision comes down and its new filing goes up; Zhejiang is skipped, busy
		downloadWork.run();
		await().atMost(Duration.ofSeconds(20)).until(() -> state(fujian) == FilingState.APPROVED);
		long fujianLater = store("35", "ISO-35-B");
		submitWork.run();
		await().atMost(Duration.ofSeconds(20)).until(() -> state(fujianLater) == FilingState.SUBMITTED);
		downloadWork.run();

		assertThat(state(zhejiang)).isEqualTo(FilingState.BATCHED);
		assertThat(leases.holder("submit", "33")).as("still the first run's").isPresent();
		JobExecution last = lastRun("submit");
		assertThat(partition(last, "submitProvince:province-33").getExitStatus().getExitDescription())
			.startsWith("skipped, busy: lease held by ");

		// once the bureau answers, Zhejiang's filing is submitted by the run that waited for it
		await().atMost(Duration.ofSeconds(60)).until(() -> state(zhejiang) == FilingState.SUBMITTED);
	}

	@Test
	void aProvinceWhoseGatewayHasNotStartedWaitsForTheNextFiringAndTheOthersRun() throws Exception {
		String route = "bureau-gateway-61";
		camel.getRouteController().stopRoute(route);
		try {
			provinceJobs.fire(downloadJob);
			assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(1))).isTrue();
		}
		finally {
			camel.getRouteController().startRoute(route);
		}

		JobExecution run = lastRun("download");
		assertThat(run.getStatus().name()).isEqualTo("COMPLETED");
		assertThat(partition(run, "downloadProvince:province-61").getExitStatus().getExitDescription())
			.isEqualTo("skipped, waiting: its bureau gateway has not started");
		assertThat(partition(run, "downloadProvince:province-62").getExitStatus().getExitDescription())
			.startsWith("0 files received");
	}

	@Test
	void aBureauInMaintenanceIsTheProvincesTroubleWithTheBureausAnswerOnceAndItsFilesWait(CapturedOutput output)
			throws Exception {
		long waiting = store("36", "ISO-36");
		simulator.faults("36").maintenanceUploads(true);

		submitWork.run();
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(1))).isTrue();
		submitWork.run();
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(1))).isTrue();

		assertThat(state(waiting)).isEqualTo(FilingState.BATCHED);
		assertThat(partition(lastRun("submit"), "submitProvince:province-36").getExitStatus().getExitDescription())
			.matches("trouble: file \\d+ \\(dataSequence \\d+, BUILT\\) not taken: msg_code 901 .+ \\(0 files "
					+ "accepted, 0 filings submitted, 1 files waiting\\)");
		assertThat(output.getOut().lines().filter(line -> line.contains("province 36")))
			.as("two firings, one line").singleElement().asString()
			.contains("Submit of province 36 failing: file ").contains("msg_code 901");

		simulator.faults("36").reset();
		submitWork.run();
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(1))).isTrue();
		assertThat(state(waiting)).isEqualTo(FilingState.SUBMITTED);
		assertThat(output.getOut()).contains("Submit of province 36 recovered after 2 failures");
	}

	private long store(String province, String consoleFilingId) {
		IntakeResult result = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId)
			.bytes(), IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	private FilingState state(long id) {
		return filings.find(id).orElseThrow().state();
	}

	private JobExecution lastRun(String job) {
		return jobRepository.getJobExecution(jobRepository.getJobInstances(job, 0, 1).stream()
			.map(jobRepository::getLastJobExecution).findFirst().orElseThrow().getId());
	}

	private static StepExecution partition(JobExecution execution, String name) {
		return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst()
			.orElseThrow();
	}

}
