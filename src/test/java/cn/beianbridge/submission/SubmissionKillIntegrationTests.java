package cn.beianbridge.submission;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.BeianBridgeApplication;
import cn.beianbridge.bureau.simulator.BureauSimulator;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;

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
		survivor = new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test", "mysql")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=root", "--spring.datasource.password=",
					"--server.port=" + bureauPort, "--bridge.simulators.enabled=true",
					"--bridge.simulators.bureau.review-delay=1h", "--bridge.submission.node-id=survivor");
		FilingIntake intake = survivor.getBean(FilingIntake.class);
		for (int i = 0; i < 10; i++) {
			intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("KILL-" + i).bytes(), IntakeSource.PUSH,
					"test");
		}
		// the bureau takes the file at once but holds its reply: the victim is inside the call when it dies
		survivor.getBean(BureauSimulator.class).faults("33").replyDelay(Duration.ofSeconds(60));
		JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);

		victim = startVictim(url, bureauPort);
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

	/** The application in a JVM of its own, submitting every second to the survivor's simulated bureau. */
	private static Process startVictim(String url, int bureauPort) throws IOException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", classpath, BeianBridgeApplication.class.getName(), "--spring.profiles.active=test,mysql",
				"--spring.datasource.url=" + url, "--spring.datasource.username=root", "--spring.datasource.password=",
				"--server.port=" + FreePort.next(), "--bridge.simulators.enabled=false",
				"--bridge.provinces.33.gateway.endpoint=http://localhost:" + bureauPort + "/simulator/bureau/33",
				"--spring.quartz.auto-startup=true", "--bridge.jobs.submit.enabled=true",
				"--bridge.jobs.submit.cron=* * * * * ?", "--bridge.submission.lease-ttl=5s",
				"--bridge.submission.node-id=victim", "--bridge.bureau.read-timeout=120s"));
		File log = new File("target/kill-victim.log");
		return new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true)
			.redirectOutput(log)
			.start();
	}

}
