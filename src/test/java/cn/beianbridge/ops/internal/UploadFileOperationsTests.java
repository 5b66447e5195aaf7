package cn.beianbridge.ops.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.beianbridge.bureau.internal.ProvinceCircuitBreakers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A province's upload files in the console: their moves with the bureau's msg_code, and reconciling an UNKNOWN one
 * (a node died during its upload) now: done, it is audited once; refused (not UNKNOWN, the bureau silent), nothing
 * changes and nothing is audited.
 */
@AutoConfigureMockMvc
class UploadFileOperationsTests extends SimulatedBureausTestSupport {

	private static final String PROVINCE = "64";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilingIntake intake;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	ProvinceCircuitBreakers circuits;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
		// the unanswered calls of a test must not keep the province's gateway closed for the next
		circuits.get(PROVINCE).reset();
	}

	@Test
	void anOperatorReconcilesAFileLeftUnknownAndTheBureauNotHavingItItGoesWithTheNextRunAuditedOnce() throws Exception {
		long file = unknownFile("REC-1");
		long before = audit();

		String body = reconcile(file, "operator", "node died mid-upload").andReturn().getResponse().getContentAsString();

		assertThat(body).contains("\"outcome\":\"NOT_RECEIVED\"").contains("\"state\":\"BUILT\"");
		assertThat(state(file)).isEqualTo("BUILT");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1"))
			.containsEntry("ACTION", "upload-file.reconcile")
			.containsEntry("TARGET", "upload-file:" + file)
			.containsEntry("REASON", "node died mid-upload")
			.containsEntry("STATE_AFTER", "BUILT");

		// the next run sends it under its sequence, and the page shows every move with the bureau's msg_code
		submitter.submit(PROVINCE);
		assertThat(state(file)).isEqualTo("ACCEPTED");
		String page = mvc.perform(get("/ops/provinces/" + PROVINCE).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"file-" + file + "\"")
			.contains("msg_code 901")
			.contains("UNKNOWN → BUILT")
			.contains("msg_code 0")
			.doesNotContain("Reconcile now")
			.doesNotContain("/sent\"");
	}

	@Test
	void reconcilingAFileThatIsNotUnknownIsRefusedAndNotAudited() throws Exception {
		long file = unknownFile("REC-2");
		jdbc.update("UPDATE upload_batch SET state = 'BUILT' WHERE id = ?", file);
		long before = audit();

		int status = reconcile(file, "operator", "just in case").andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(409);
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void whenTheBureauDoesNotAnswerTheFileStaysUnknownAndNothingIsAudited() throws Exception {
		long file = unknownFile("REC-3");
		// the query is made again twice when unanswered (bridge.bureau.redelivery)
		simulator.faults(PROVINCE).soapFaults(3);
		long before = audit();

		String problem = reconcile(file, "admin", "try now").andReturn().getResponse().getContentAsString();

		assertThat(problem).contains("\"status\":409").contains("stays UNKNOWN");
		assertThat(state(file)).isEqualTo("UNKNOWN");
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void anOperatorReconcilesFromThePageAndTheOutcomeIsShown() throws Exception {
		long file = unknownFile("REC-4");
		long before = audit();

		mvc.perform(post("/ops/provinces/" + PROVINCE + "/files/" + file + "/reconcile").param("reason", "from the page")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));

		assertThat(state(file)).isEqualTo("BUILT");
		assertThat(audit()).isEqualTo(before + 1);
		// the file goes with the next run, so the next test's file is not behind it
		submitter.submit(PROVINCE);
	}

	@Test
	void onlyAnAdminDownloadsAFileAsSentAndTheDownloadIsAudited() throws Exception {
		long file = unknownFile("REC-5");
		long before = audit();

		int operator = mvc.perform(get("/ops/provinces/" + PROVINCE + "/files/" + file + "/sent")
			.with(user("operator").roles("OPERATOR"))).andReturn().getResponse().getStatus();
		var admin = mvc.perform(get("/ops/provinces/" + PROVINCE + "/files/" + file + "/sent")
			.with(user("admin").roles("ADMIN"))).andReturn().getResponse();

		assertThat(operator).isEqualTo(403);
		assertThat(admin.getStatus()).isEqualTo(200);
		assertThat(admin.getHeader("Content-Disposition")).startsWith("attachment").contains(".zip");
		assertThat(admin.getContentAsByteArray()).isNotEmpty();
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("SELECT action FROM ops_audit ORDER BY id DESC LIMIT 1", String.class))
			.isEqualTo("upload-file.download");
	}

	/** A file the bureau never got, left UNKNOWN as by a node that died during its upload. */
	private long unknownFile(String consoleFilingId) {
		// what an earlier test left open goes first: nothing waits before this file
		submitter.submit(PROVINCE);
		IntakeResult stored = intake.accept(aFirstFiling().inProvince(PROVINCE)
			.withConsoleFilingId(consoleFilingId)
			.photoApprovedAt("2026-11-27T10:00:00+08:00")
			.bytes(), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).isEqualTo(IntakeResult.Outcome.STORED);
		simulator.faults(PROVINCE).maintenanceUploads(true);
		submitter.submit(PROVINCE);
		simulator.faults(PROVINCE).reset();
		long file = jdbc.queryForObject("SELECT batch_id FROM upload_batch_filing WHERE filing_id = ?", Long.class,
				stored.filingId());
		jdbc.update("UPDATE upload_batch SET state = 'UNKNOWN' WHERE id = ?", file);
		return file;
	}

	private ResultActions reconcile(long file, String role, String reason) throws Exception {
		return mvc.perform(post("/api/ops/v1/provinces/" + PROVINCE + "/files/" + file + "/reconcile")
			.header("Authorization", "Bearer demo-" + role + "-token")
			.header(IdempotencyFilter.HEADER, "reconcile-" + file + "-" + role)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\"}"));
	}

	private String state(long file) {
		return jdbc.queryForObject("SELECT state FROM upload_batch WHERE id = ?", String.class, file);
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

}
