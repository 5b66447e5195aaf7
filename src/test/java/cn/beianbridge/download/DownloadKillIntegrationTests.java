package cn.beianbridge.download;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SeparateNodes;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node is killed with SIGKILL (kill -9) after it committed a result file's decisions and while its
 * isp_downloadack is on the way (the bureau holds it and never records it). The node is started again under its
 * name, with the default settings (the download job's own schedule, liveness from check-ins): within a minute its
 * dead run is taken over, the bureau sends the same file again, and it is recognised, nothing applied twice, and
 * acknowledged.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SeparateNodes.KILLED)
class DownloadKillIntegrationTests {

	ConfigurableApplicationContext survivor;

	Process victim;

	@AfterEach
	void stop() {
		if (victim != null) {
			victim.destroyForcibly();
		}
		if (survivor != null) {
			survivor.close();
		}
	}

	@Test
	void aNodeKilledBetweenCommittingTheDecisionsAndTheAcknowledgementResumesWithinAMinuteApplyingEachOnce()
			throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_download_kill");
		int bureauPort = FreePort.next();
		survivor = SeparateNodes.survivor(url, bureauPort, "--bridge.simulators.bureau.review-delay=0s");
		BureauSimulator simulator = survivor.getBean(BureauSimulator.class);
		FilingIntake intake = survivor.getBean(FilingIntake.class);
		simulator.forceNext("33", Decision.REJECT);
		simulator.forceNext("33", Decision.REFUSE, 1005);
		intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("DKILL-REJECT").bytes(), IntakeSource.PUSH,
				"test");
		intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("DKILL-REFUSE").bytes(), IntakeSource.PUSH,
				"test");
		assertThat(survivor.getBean(ProvinceSubmitter.class).submit("33").filingsSubmitted()).isEqualTo(2);
		JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);
		// every acknowledgement is held, then lost: the victim is inside that call when it dies
		simulator.faults("33").lostAcks(1_000).replyDelay(Duration.ofSeconds(20));

		// the first download every 5 s instead of at :45: waiting for the minute only idled the suite (recovery and
		// staleness keep their defaults, and the restarted node below runs the default schedule)
		victim = SeparateNodes.victim(url, bureauPort, "download-kill-victim.log", "--bridge.jobs.download.enabled=true",
				"--bridge.jobs.download.cron=0/5 * * * * ?", "--bridge.node.name=victim");
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject("select count(*) from download_file where province = '33' and applied_at is "
					+ "not null", Integer.class) > 0);
		victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
		victim.waitFor();
		Instant killed = TestClock.now();

		// what the dead node left: both decisions committed with their events; the file unacknowledged on both sides
		assertThat(states()).containsExactly("REFUSED", "REJECTED");
		assertOneEventEach(jdbc);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '33' and acked_at is null",
				Integer.class)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from sim_download where province = '33' and acknowledged_at "
				+ "is null", Integer.class)).isOne();

		simulator.faults("33").reset();
		victim = SeparateNodes.victim(url, bureauPort, "download-kill-victim-restarted.log",
				"--bridge.jobs.download.enabled=true", "--bridge.node.name=victim");
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.queryForObject("select count(*) from download_file where province = '33' and acked_at is not "
					+ "null", Integer.class) == 1);
		Duration resumed = Duration.between(killed, TestClock.now());
		System.out.printf("Download resumed %.1f s after kill -9, the new JVM's start-up included%n",
				resumed.toMillis() / 1000.0);

		assertThat(resumed).isLessThanOrEqualTo(Duration.ofSeconds(60));
		assertThat(jdbc.queryForObject("select deliveries from sim_download where province = '33'", Integer.class))
			.as("the bureau sent the file again").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from sim_download where province = '33' and acknowledged_at "
				+ "is null", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from download_file", Integer.class)).isOne();
		assertThat(states()).containsExactly("REFUSED", "REJECTED");
		assertOneEventEach(jdbc);
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine", Integer.class)).isZero();
		long deadRun = jdbc.queryForObject("select min(e.JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION e join "
				+ "BATCH_JOB_EXECUTION_PARAMS p on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID where p.PARAMETER_NAME = 'node' "
				+ "and p.PARAMETER_VALUE like 'victim#%' and e.STATUS = 'FAILED'", Long.class);
		// its restart runs every province the dead run had not done: the victim's other bureaus are not served here,
		// so that takes a while
		await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(jdbc.queryForList("select e.STATUS from "
				+ "BATCH_JOB_EXECUTION e where e.JOB_INSTANCE_ID = (select JOB_INSTANCE_ID from BATCH_JOB_EXECUTION where "
				+ "JOB_EXECUTION_ID = ?) order by e.JOB_EXECUTION_ID", String.class, deadRun))
			.as("the dead node's run, marked FAILED, then its unfinished provinces run again")
			.containsExactly("FAILED", "COMPLETED"));
	}

	private List<String> states() {
		Filings filings = survivor.getBean(Filings.class);
		return List.of("DKILL-REFUSE", "DKILL-REJECT").stream()
			.map(id -> filings.findByConsoleFilingId(id).orElseThrow().state().name())
			.toList();
	}

	private static void assertOneEventEach(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForList("select type from filing_event where type in ('REJECTED', 'REFUSED', 'APPROVED') "
				+ "order by type", String.class)).containsExactly("REFUSED", "REJECTED");
	}

}
