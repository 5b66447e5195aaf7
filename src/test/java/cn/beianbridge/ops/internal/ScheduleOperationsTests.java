package cn.beianbridge.ops.internal;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The schedules page and API on a scheduled job (Quartz not started: nothing fires): pause and resume, fire now, a new
 * cron with its preview. Each change done is audited once, a refused one not at all.
 */
@SpringBootTest(properties = { "bridge.jobs.lifecycle-summary.enabled=true",
		"bridge.jobs.lifecycle-summary.business-days-only=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
// Quartz keeps its data sources JVM-wide by scheduler name (DBConnectionManager): the store of a context cached from
// earlier would talk through the data source of the context started last, perhaps closed since. This test works the
// store, so its context is started afresh, and is the last one started while it runs.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ScheduleOperationsTests {

	static final String JOB = "lifecycle-summary";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Scheduler scheduler;

	/** As configured again (jobs/lifecycle-summary.yml), for the next test. */
	@AfterEach
	void configuredAgain() throws Exception {
		jdbc.update("DELETE FROM job_schedule WHERE job = ?", JOB);
		scheduler.rescheduleJob(key(), TriggerBuilder.newTrigger()
			.withIdentity(key())
			.forJob(JOB, "bridge")
			.withSchedule(CronScheduleBuilder.cronSchedule("55 * * * * ?"))
			.build());
		scheduler.resumeJob(JobKey.jobKey(JOB, "bridge"));
	}

	@Test
	void anOperatorPausesAndResumesAJobFromThePageEachAuditedOnceAndAPauseTwiceIsRefused() throws Exception {
		long before = audit();
		mvc.perform(post("/ops/schedules/" + JOB + "/pause").param("reason", "bureau maintenance tonight")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(scheduler.getTriggerState(key())).isEqualTo(Trigger.TriggerState.PAUSED);
		assertThat(audit()).isEqualTo(before + 1);
		String page = mvc.perform(get("/ops/schedules").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("paused by operator").doesNotContain("Fire now</button>");

		MockHttpServletResponse again = api("/api/ops/v1/schedules/" + JOB + "/pause", "demo-operator-token",
				"{\"reason\":\"twice\"}");
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);

		assertThat(api("/api/ops/v1/schedules/" + JOB + "/resume", "demo-operator-token",
				"{\"reason\":\"maintenance over\"}").getStatus()).isEqualTo(200);
		assertThat(scheduler.getTriggerState(key())).isEqualTo(Trigger.TriggerState.NORMAL);
		assertThat(audit()).isEqualTo(before + 2);
	}

	@Test
	void anAdminSetsACronKeptForTheNextStartAndABadOneNamesTheFieldAndChangesNothing() throws Exception {
		long before = audit();
		MockHttpServletResponse bad = api("/api/ops/v1/schedules/" + JOB + "/cron", "demo-admin-token",
				"{\"cron\":\"every minute\",\"reason\":\"faster\"}");
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("\"field\":\"cron\"");
		assertThat(audit()).isEqualTo(before);

		MockHttpServletResponse set = api("/api/ops/v1/schedules/" + JOB + "/cron", "demo-admin-token",
				"{\"cron\":\"0 0 9 * * ?\",\"reason\":\"once a day is enough\"}");
		assertThat(set.getStatus()).isEqualTo(200);
		assertThat(set.getContentAsString()).contains("\"cron\":\"0 0 9 * * ?\"").contains("\"cronChangedBy\":\"admin\"");
		assertThat(((CronTrigger) scheduler.getTrigger(key())).getCronExpression()).isEqualTo("0 0 9 * * ?");
		assertThat(jdbc.queryForObject("SELECT cron FROM job_schedule WHERE job = ?", String.class, JOB))
			.isEqualTo("0 0 9 * * ?");
		assertThat(audit()).isEqualTo(before + 1);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
		assertThat(row).containsEntry("ACTION", "schedule.cron")
			.containsEntry("STATE_AFTER", "0 0 9 * * ?")
			.containsEntry("REASON", "once a day is enough");
	}

	@Test
	void anAdminSeesEveryJobWithItsActionsAndAnUnscheduledJobsButtonsSayWhy() throws Exception {
		String page = mvc.perform(get("/ops/schedules").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"schedule-" + JOB + "\"").contains("id=\"schedule-purge\"")
			.contains("hx-get=\"/ops/schedules/" + JOB + "/preview\"")
			.contains("Set cron</button>")
			.contains("title=\"not scheduled (enabled: false)\" disabled=\"disabled\">Fire now</button>");
	}

	@Test
	void thePreviewShowsTheNextFiveFiringsAndWhichTheBusinessCalendarSkips() throws Exception {
		// the tests' clock: Monday 2026-11-30 10:00 in Shanghai; Saturday 5 December is no business day
		String preview = mvc.perform(get("/ops/schedules/" + JOB + "/preview").param("cron", "0 0 9 * * ?")
			.with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();

		assertThat(preview).contains("2026-12-01 09:00:00").contains("2026-12-04 09:00:00")
			.contains("2026-12-05 09:00:00");
		assertThat(preview.substring(preview.indexOf("2026-12-05"))).contains("skipped: not a business day");
		assertThat(preview.substring(0, preview.indexOf("2026-12-05"))).doesNotContain("skipped");
	}

	@Test
	void firingAJobNowIsAuditedAndAnUnscheduledOneIsRefused() throws Exception {
		long before = audit();
		assertThat(api("/api/ops/v1/schedules/" + JOB + "/trigger", "demo-operator-token",
				"{\"reason\":\"see the summary now\"}").getStatus()).isEqualTo(200);
		assertThat(audit()).isEqualTo(before + 1);

		assertThat(api("/api/ops/v1/schedules/purge/trigger", "demo-operator-token", "{\"reason\":\"now\"}")
			.getStatus()).as("purge is not scheduled in the tests").isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	private static TriggerKey key() {
		return TriggerKey.triggerKey(JOB, "bridge");
	}

	private MockHttpServletResponse api(String path, String token, String body) throws Exception {
		return mvc.perform(post(path).header("Authorization", "Bearer " + token)
			.header(IdempotencyFilter.HEADER, path + "-" + System.nanoTime())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

}
