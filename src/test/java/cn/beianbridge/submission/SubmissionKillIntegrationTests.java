package cn.beianbridge.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.quartz.Scheduler;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SeparateNodes;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node is killed with SIGKILL (kill -9) in the middle of an upload: the bureau has the file, the node never wrote
 * down the answer, its run is left STARTED and its lease held. With the default settings (the submit job's own
 * schedule, a check-in every 10 s, dead after 30 s silent), work resumes within a minute: when the node is started
 * again under its name, or on the survivor of two nodes. The file is settled with isp_querypreviousupload: every
 * filing at the bureau exactly once, sequences gapless.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SeparateNodes.KILLED)
class SubmissionKillIntegrationTests {

	private static final Duration RESUMES_WITHIN = Duration.ofSeconds(60);

	ConfigurableApplicationContext survivor;

	Process victim;

	String url;

	int bureauPort;

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
	void aNodeKilledMidUploadAndStartedAgainResumesWithinAMinute() throws Exception {
		JdbcTemplate jdbc = killedMidUpload("bridge_it_kill", false);
		Instant killed = TestClock.now();

		victim = startVictim("kill-victim-restarted.log");

		assertThat(untilAllSubmitted(jdbc, killed, "after kill -9, the new JVM's start-up included"))
			.isLessThanOrEqualTo(RESUMES_WITHIN);
		assertEveryFilingOnceAtTheBureau(jdbc);
		// the last filing is submitted a moment before the run that submitted it records its end
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList("select e.status from "
				+ "BATCH_JOB_EXECUTION e where e.JOB_INSTANCE_ID = (select JOB_INSTANCE_ID from BATCH_JOB_EXECUTION where "
				+ "JOB_EXECUTION_ID = ?) order by e.JOB_EXECUTION_ID", String.class, deadRun(jdbc)))
			.as("the dead run, marked FAILED, then its unfinished provinces run again").containsExactly("FAILED",
					"COMPLETED"));
	}

	@Test
	void theSurvivorOfTwoNodesTakesOverWithinAMinuteOfTheDeadNodesLastCheckIn() throws Exception {
		JdbcTemplate jdbc = killedMidUpload("bridge_it_kill_two", true);
		Instant lastCheckIn = jdbc.queryForObject("select heartbeat_at from cluster_node where name = 'victim'",
				java.sql.Timestamp.class).toInstant();

		assertThat(untilAllSubmitted(jdbc, lastCheckIn, "after the dead node's last check-in, taken over by the survivor"))
			.isLessThanOrEqualTo(RESUMES_WITHIN);
		assertEveryFilingOnceAtTheBureau(jdbc);
		assertThat(jdbc.queryForList("select p.PARAMETER_VALUE from BATCH_JOB_EXECUTION_PARAMS p join BATCH_JOB_EXECUTION "
				+ "e on e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID where p.PARAMETER_NAME = 'node' and e.JOB_INSTANCE_ID = "
				+ "(select JOB_INSTANCE_ID from BATCH_JOB_EXECUTION where JOB_EXECUTION_ID = ?) order by "
				+ "e.JOB_EXECUTION_ID", String.class, deadRun(jdbc)))
			.as("the dead node's run, restarted by the survivor")
			.satisfiesExactly(dead -> assertThat(dead).startsWith("victim#"),
					restart -> assertThat(restart).startsWith("survivor#"));
	}

	/**
	 * The survivor (this JVM, the simulated bureaus) and a victim JVM that runs the submit job on its schedule; the
	 * victim is killed inside the upload of province 33's file.
	 *
	 * @param survivorRuns whether the survivor runs Quartz too (a second node), or only hosts the bureaus
	 */
	private JdbcTemplate killedMidUpload(String database, boolean survivorRuns) throws Exception {
		url = MySqlTestDatabase.freshDatabase(database);
		bureauPort = FreePort.next();
		survivor = SeparateNodes.survivor(url, bureauPort, "--bridge.simulators.bureau.review-delay=1h");
		FilingIntake intake = survivor.getBean(FilingIntake.class);
		for (int i = 0; i < 10; i++) {
			intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("KILL-" + i).bytes(), IntakeSource.PUSH,
					"test");
		}
		// the bureau takes the file at once but holds its reply: the victim is inside the call when it dies
		survivor.getBean(BureauSimulator.class).faults("33").replyDelay(Duration.ofSeconds(60));
		JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);

		// the first submit run every 5 s instead of at :15: waiting for the minute only idled the suite (recovery and
		// staleness keep their defaults, and a restarted victim runs the default schedule)
		victim = startVictim("kill-victim.log", "--bridge.jobs.submit.cron=0/5 * * * * ?");
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.queryForObject("select count(*) from sim_upload where province = '33'", Integer.class) > 0);
		if (survivorRuns) {
			// the survivor's scheduler joins the cluster now, so that the first upload was the victim's
			survivor.getBean(Scheduler.class).start();
		}
		victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
		victim.waitFor();

		assertThat(jdbc.queryForObject("select state from upload_batch where province = '33'", String.class))
			.isEqualTo("UPLOADING");
		assertThat(jdbc.queryForObject("select count(*) from filing where state = 'BATCHED'", Integer.class))
			.isEqualTo(10);
		assertThat(jdbc.queryForObject("select owner from province_lease where job = 'submit' and province = '33'",
				String.class)).as("the dead run's lease").startsWith("victim#");
		survivor.getBean(BureauSimulator.class).faults("33").reset();
		return jdbc;
	}

	/** The application in a JVM of its own as node 'victim', running the submit job on its own schedule. */
	private Process startVictim(String log, String... schedule) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--bridge.jobs.submit.enabled=true", "--bridge.node.name=victim"));
		arguments.addAll(List.of(schedule));
		return SeparateNodes.victim(url, bureauPort, log, arguments.toArray(String[]::new));
	}

	/** Waits until the ten filings are submitted; prints and returns how long that was after {@code since}. */
	private static Duration untilAllSubmitted(JdbcTemplate jdbc, Instant since, String what) {
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc
			.queryForObject("select count(*) from filing where state = 'SUBMITTED'", Integer.class) == 10);
		Duration resumed = Duration.between(since, TestClock.now());
		System.out.printf("Submission resumed %.1f s %s%n", resumed.toMillis() / 1000.0, what);
		return resumed;
	}

	private static long deadRun(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select min(e.JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION e join BATCH_JOB_EXECUTION_PARAMS "
				+ "p on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID where p.PARAMETER_NAME = 'node' and p.PARAMETER_VALUE like "
				+ "'victim#%' and e.STATUS = 'FAILED'", Long.class);
	}

	private static void assertEveryFilingOnceAtTheBureau(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForList("select data_sequence from sim_upload where province = '33'", Long.class))
			.containsExactly(1L);
		assertThat(jdbc.queryForObject("select state from upload_batch where province = '33'", String.class))
			.isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select count(*) from filing_event where type = 'SUBMITTED'", Integer.class))
			.isEqualTo(10);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList("select owner from "
				+ "province_lease where job = 'submit' and owner is not null", String.class)).as("no lease left held")
			.isEmpty());
	}

}
