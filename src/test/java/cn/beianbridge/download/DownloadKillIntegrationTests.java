package cn.beianbridge.download;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.simulator.BureauSimulator;
import cn.beianbridge.bureau.simulator.Decision;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SeparateNodes;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node is killed with SIGKILL (kill -9) after it committed a result file's decisions and while its
 * isp_downloadack is on the way (the bureau holds it and never records it). The next download run, on another
 * node, gets the same file again: it must recognise it, apply nothing twice and acknowledge it.
 */
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
	void aNodeKilledBetweenCommittingTheDecisionsAndTheAcknowledgementLeavesEachDecisionAppliedOnce() throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_download_kill");
		int bureauPort = FreePort.next();
		survivor = SeparateNodes.survivor(url, bureauPort, "--bridge.simulators.bureau.review-delay=0s",
				"--bridge.jobs.download.stale-after=3s", "--bridge.bureau.rate-per-second=50");
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

		victim = SeparateNodes.victim(url, bureauPort, "download-kill-victim.log", "--bridge.jobs.download.enabled=true",
				"--bridge.jobs.download.cron=* * * * * ?", "--bridge.jobs.download.grid-size=31",
				// a step holds its connection through its bureau calls: 31 at once need more than Hikari's 10
				"--spring.datasource.hikari.maximum-pool-size=40", "--bridge.bureau.rate-per-second=50");
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject("select count(*) from download_file where province = '33' and applied_at is "
					+ "not null", Integer.class) > 0);
		victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
		victim.waitFor();

		// what the dead node left: both decisions committed with their events; the file unacknowledged on both sides
		assertThat(states()).containsExactly("REFUSED", "REJECTED");
		assertOneEventEach(jdbc);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '33' and acked_at is null",
				Integer.class)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from sim_download where province = '33' and acknowledged_at "
				+ "is null", Integer.class)).isOne();

		simulator.faults("33").reset();
		ScheduledWork download = survivor.getBeansOfType(ScheduledWork.class).values().stream()
			.filter(w -> w.jobName().equals("download")).findFirst().orElseThrow();
		// the dead node's execution stops counting as running once it shows no progress for stale-after (3 s)
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			download.run();
			return jdbc.queryForObject("select count(*) from download_file where province = '33' and acked_at is not "
					+ "null", Integer.class) == 1;
		});

		assertThat(jdbc.queryForObject("select deliveries from sim_download where province = '33'", Integer.class))
			.as("the bureau sent the file again").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from sim_download where province = '33' and acknowledged_at "
				+ "is null", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from download_file", Integer.class)).isOne();
		assertThat(states()).containsExactly("REFUSED", "REJECTED");
		assertOneEventEach(jdbc);
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine", Integer.class)).isZero();
		assertThat(jdbc.queryForList("select status from BATCH_JOB_EXECUTION where status not in ('COMPLETED')",
				String.class)).as("the dead node's run, marked failed").containsExactly("FAILED");
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
