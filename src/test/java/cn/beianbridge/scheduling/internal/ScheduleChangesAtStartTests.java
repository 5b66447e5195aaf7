package cn.beianbridge.scheduling.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cron and a pause set in the console outlive a restart: start-up schedules the job with the console's cron, not
 * {@code bridge.jobs.<job>.cron}, and pauses it again. (The same context as ScheduleOperationsTests.)
 */
@SpringBootTest(properties = { "bridge.jobs.lifecycle-summary.enabled=true",
		"bridge.jobs.lifecycle-summary.business-days-only=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
// Quartz keeps its data sources JVM-wide by scheduler name (DBConnectionManager): the store of a context cached from
// earlier would talk through the data source of the context started last, perhaps closed since. This test works the
// store, so its context is started afresh, and is the last one started while it runs.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ScheduleChangesAtStartTests {

	@Autowired
	QuartzSchedules schedules;

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void configuredAgain() throws Exception {
		jdbc.update("DELETE FROM job_schedule WHERE job = 'lifecycle-summary'");
		schedules.scheduleAndStart();
	}

	@Test
	void startUpPrefersTheConsolesCronAndPauseToTheConfiguration() throws Exception {
		jdbc.update("INSERT INTO job_schedule (job, cron, cron_changed_by, cron_changed_at, paused, paused_by, paused_at) "
				+ "VALUES ('lifecycle-summary', '0 0 8 * * ?', 'admin', CURRENT_TIMESTAMP, TRUE, 'operator', "
				+ "CURRENT_TIMESTAMP)");

		schedules.scheduleAndStart();

		TriggerKey key = TriggerKey.triggerKey("lifecycle-summary", QuartzSchedules.GROUP);
		assertThat(((CronTrigger) scheduler.getTrigger(key)).getCronExpression()).isEqualTo("0 0 8 * * ?");
		assertThat(scheduler.getTriggerState(key)).isEqualTo(Trigger.TriggerState.PAUSED);
	}

	@Test
	void withoutChangesTheConfiguredCronIsScheduled() throws Exception {
		schedules.scheduleAndStart();

		TriggerKey key = TriggerKey.triggerKey("lifecycle-summary", QuartzSchedules.GROUP);
		assertThat(((CronTrigger) scheduler.getTrigger(key)).getCronExpression())
			.isNotEqualTo("0 0 8 * * ?")
			.isNotBlank();
		assertThat(scheduler.getTriggerState(key)).isEqualTo(Trigger.TriggerState.NORMAL);
	}

}
