package cn.beianbridge.submission;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.simulator.BureauSimulator;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SeparateNodes;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node is killed with SIGKILL (kill -9) in the middle of an upload: the bureau has the file, the node never
 * wrote down the answer. Another node must settle it with isp_querypreviousupload: every filing at the
 * bureau exactly once, sequences gapless.
 */
class SubmissionKillIntegrationTests {

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
	void aNodeKilledMidUploadLeavesEveryFilingAtTheBureauExactlyOnce() throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_kill");
		int bureauPort = FreePort.next();
		survivor = SeparateNodes.survivor(url, bureauPort, "--bridge.simulators.bureau.review-delay=1h");
		FilingIntake intake = survivor.getBean(FilingIntake.class);
		for (int i = 0; i < 10; i++) {
			intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("KILL-" + i).bytes(), IntakeSource.PUSH,
					"test");
		}
		// the bureau takes the file at once but holds its reply: the victim is inside the call when it dies
		survivor.getBean(BureauSimulator.class).faults("33").replyDelay(Duration.ofSeconds(60));
		JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);

		victim = SeparateNodes.victim(url, bureauPort, "kill-victim.log", "--bridge.jobs.submit.enabled=true",
				"--bridge.jobs.submit.cron=* * * * * ?", "--bridge.submission.lease-ttl=5s",
				"--bridge.submission.node-id=victim");
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.queryForObject("select count(*) from sim_upload where province = '33'", Integer.class) > 0);
		victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
		victim.waitFor();

		assertThat(jdbc.queryForObject("select state from upload_batch where province = '33'", String.class))
			.isEqualTo("UPLOADING");
		assertThat(jdbc.queryForObject("select count(*) from filing where state = 'BATCHED'", Integer.class))
			.isEqualTo(10);

		survivor.getBean(BureauSimulator.class).faults("33").reset();
		ProvinceSubmitter submitter = survivor.getBean(ProvinceSubmitter.class);
		// the dead node's lease runs out (5 s), then the survivor settles its file
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
			.until(() -> submitter.submit("33").skipped() == null);

		assertThat(jdbc.queryForList("select data_sequence from sim_upload where province = '33'", Long.class))
			.containsExactly(1L);
		assertThat(jdbc.queryForObject("select state from upload_batch where province = '33'", String.class))
			.isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select count(*) from filing where state = 'SUBMITTED'", Integer.class))
			.isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from filing_event where type = 'SUBMITTED'", Integer.class))
			.isEqualTo(10);
	}

}
