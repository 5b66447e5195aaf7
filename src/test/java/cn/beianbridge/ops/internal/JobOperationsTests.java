package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.support.LeftRuns;
import cn.beianbridge.support.OtherNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The job executions' actions, from the API and the page, under Batch's guards and the cluster's: each one done writes
 * exactly one audit row; each one refused (a COMPLETED run restarted, a live node's run recovered) none. What the
 * scheduler does on its own to a dead node's run is audited as {@code system}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JobOperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository repository;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	@Qualifier("submitJob")
	Job submitJob;

	@Autowired
	Clock clock;

	@AfterEach
	void nothingLeftRunning() throws InterruptedException {
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET status = 'ABANDONED', end_time = CURRENT_TIMESTAMP "
				+ "WHERE status IN ('STARTING', 'STARTED', 'STOPPING')");
	}

	@Test
	void anAdminRecoversADeadNodesRunThenRestartsItAndEachIsAuditedOnce() throws Exception {
		OtherNode dead = OtherNode.running(jdbc, clock, "node-crashed");
		JobExecution left = new LeftRuns(repository).leftRunning(dead.incarnation(), "11");
		dead.diedAgo(Duration.ofMinutes(2));
		long before = audit();

		MockHttpServletResponse recovered = api("/api/ops/v1/jobs/" + left.getId() + "/recover", "demo-admin-token",
				"the node's host was lost");
		assertThat(recovered.getStatus()).isEqualTo(200);
		assertThat(recovered.getContentAsString()).contains("\"status\":\"FAILED\"");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "job.recover")
			.containsEntry("ACTOR", "admin")
			.containsEntry("TARGET", "job-execution:" + left.getId())
			.containsEntry("STATE_BEFORE", "STARTED on node " + dead.incarnation());

		String restarted = api("/api/ops/v1/jobs/" + left.getId() + "/restart", "demo-admin-token", "run it again")
			.getContentAsString();
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();
		assertThat(audit()).isEqualTo(before + 2);
		assertThat(lastAudit()).containsEntry("ACTION", "job.restart");
		long again = Long.parseLong(restarted.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
		JobExecution run = repository.getJobExecution(again);
		assertThat(run.getJobInstanceId()).as("the same run").isEqualTo(left.getJobInstanceId());
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.getStepExecutions()).extracting(step -> step.getStepName())
			.as("Beijing was done; the others run again")
			.doesNotContain("submitProvince:province-11")
			.contains("submitProvince:province-12");
	}

	@Test
	void restartingACompletedRunIsRefusedWithAConflictAndNotAudited() throws Exception {
		JobExecution done = new LeftRuns(repository).submitRun(null, "11", BatchStatus.COMPLETED);
		long before = audit();

		MockHttpServletResponse refused = api("/api/ops/v1/jobs/" + done.getId() + "/restart", "demo-admin-token",
				"again");

		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("only a FAILED or STOPPED run is restarted");
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void aLiveNodesRunIsNeverRecoveredAndItsPageSaysWhyTheButtonIsDisabled() throws Exception {
		OtherNode alive = OtherNode.running(jdbc, clock, "node-busy");
		JobExecution running = new LeftRuns(repository).leftRunning(alive.incarnation(), "11");
		long before = audit();

		MockHttpServletResponse refused = api("/api/ops/v1/jobs/" + running.getId() + "/recover",
				"demo-admin-token", "looks stuck");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(audit()).isEqualTo(before);

		String page = mvc.perform(get("/ops/jobs/" + running.getId()).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("title=\"running on a live node (" + alive.incarnation()
				+ ")\" disabled=\"disabled\">Recover</button>");
		assertThat(repository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
	}

	@Test
	void anOperatorStopsARunningRunAndAnAdminAbandonsItFromThePageEachAuditedOnce() throws Exception {
		OtherNode alive = OtherNode.running(jdbc, clock, "node-stoppable");
		JobExecution running = new LeftRuns(repository).leftRunning(alive.incarnation(), "11");
		long before = audit();

		mvc.perform(post("/ops/jobs/" + running.getId() + "/stop").param("reason", "bureau asked us to hold off")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(repository.getJobExecution(running.getId()).getStatus()).isIn(BatchStatus.STOPPING,
				BatchStatus.STOPPED);
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "job.stop").containsEntry("ACTOR", "operator");

		// the node ends the run STOPPED (if Batch did not already); then it may be abandoned
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET status = 'STOPPED', end_time = CURRENT_TIMESTAMP "
				+ "WHERE job_execution_id = ?", running.getId());
		mvc.perform(post("/ops/jobs/" + running.getId() + "/abandon").param("reason", "superseded by the next run")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()));
		assertThat(repository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.ABANDONED);
		assertThat(audit()).isEqualTo(before + 2);

		String page = mvc.perform(get("/ops/jobs/" + running.getId()).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("title=\"already ABANDONED\"");
	}

	@Test
	void theSchedulerRecoveringADeadNodesRunOnItsOwnIsAuditedAsSystem() throws Exception {
		OtherNode dead = OtherNode.running(jdbc, clock, "node-vanished");
		JobExecution left = new LeftRuns(repository).leftRunning(dead.incarnation(), "11");
		dead.diedAgo(Duration.ofMinutes(2));

		List<JobExecution> launched = provinceJobs.fire(submitJob);
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();

		assertThat(launched).hasSize(2);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ops_audit WHERE target = ?",
				"job-execution:" + left.getId());
		assertThat(row).containsEntry("ACTOR", "system")
			.containsEntry("ROLE", "system")
			.containsEntry("ACTION", "job.recover-and-restart")
			.containsEntry("STATE_AFTER", "FAILED; restarted as execution " + launched.get(0).getId());
	}

	@Test
	void theListFiltersByStatusAndProvinceAndNamesAWrongFilter() throws Exception {
		JobExecution failed = new LeftRuns(repository).submitRun(null, "11", BatchStatus.FAILED);

		String list = mvc.perform(get("/api/ops/v1/jobs").param("status", "FAILED").param("province", "12")
			.header("Authorization", "Bearer demo-viewer-token")).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("\"executionId\":" + failed.getId()).doesNotContain("\"status\":\"COMPLETED\"");

		String page = mvc.perform(get("/ops/jobs").param("status", "FAILED").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"job-" + failed.getId() + "\"").doesNotContain("<button type=\"submit\">Restart");

		MockHttpServletResponse wrong = mvc.perform(get("/api/ops/v1/jobs").param("status", "BROKEN")
			.header("Authorization", "Bearer demo-viewer-token")).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(wrong.getContentAsString()).contains("\"field\":\"status\"");
	}

	private MockHttpServletResponse api(String path, String token, String reason) throws Exception {
		return mvc.perform(post(path).header("Authorization", "Bearer " + token)
			.header(IdempotencyFilter.HEADER, path + "-" + System.nanoTime())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\"}")).andReturn().getResponse();
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

	private Map<String, Object> lastAudit() {
		return jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
	}

}
