package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Quarantined results attached to the filing a person names (the result applied as the download would) or dismissed,
 * and rejected inputs re-checked: each change done writes one audit row, each refused one none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QuarantineAndRejectedOperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilingIntake intake;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	Filings filings;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	DownloadedFileApplier applier;

	@Autowired
	PersonalData personalData;

	@Test
	void anAdminAttachesAQuarantinedRefusalToTheFilingItWasForAuditedOnce() throws Exception {
		long filing = submittedFiling("OPS-Q-ATTACH-1", "35");
		// the bureau named the filing by a mistyped IspZtid: no filing of ours, quarantined
		long quarantined = quarantine("35", "BAJG_OPS_ATTACH_1", new Result(List.of(new ResultCode(1005, "域名已备案")), 1,
				"99" + filing + "99", null, List.of()));
		long before = audit();

		MockHttpServletResponse byOperator = api("/api/ops/v1/quarantine/" + quarantined + "/attach",
				"demo-operator-token", "attach-op", "{\"filingId\":" + filing + ",\"reason\":\"mistyped Bs\"}");
		assertThat(byOperator.getStatus()).isEqualTo(403);
		MockHttpServletResponse wrongFiling = api("/api/ops/v1/quarantine/" + quarantined + "/attach",
				"demo-admin-token", "attach-wrong", "{\"filingId\":" + Long.MAX_VALUE + ",\"reason\":\"mistyped Bs\"}");
		assertThat(wrongFiling.getStatus()).isEqualTo(404);
		assertThat(audit()).isEqualTo(before);

		MockHttpServletResponse done = api("/api/ops/v1/quarantine/" + quarantined + "/attach", "demo-admin-token",
				"attach-1", "{\"filingId\":" + filing + ",\"reason\":\"the bureau confirmed the Bs was mistyped\"}");
		assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("OPS-Q-ATTACH-1 is REFUSED");
		assertThat(filings.find(filing).orElseThrow().state()).isEqualTo(FilingState.REFUSED);
		assertThat(filings.events("OPS-Q-ATTACH-1")).last().asString().contains("\"type\":\"REFUSED\"", "1005");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "quarantine.attach")
			.containsEntry("PARAMETERS", "filingId=" + filing);

		MockHttpServletResponse twice = api("/api/ops/v1/quarantine/" + quarantined + "/dismiss",
				"demo-operator-token", "dismiss-after-attach", "{\"reason\":\"again\"}");
		assertThat(twice.getStatus()).as("settled already").isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	@Test
	void aResultIsNotAttachedToAFilingOfAnotherProvince() throws Exception {
		long filing = submittedFiling("OPS-Q-ATTACH-2", "35");
		long quarantined = quarantine("36", "BAJG_OPS_ATTACH_2",
				new Result(List.of(new ResultCode(1001, "通过")), 1, "88" + filing, null, List.of()));
		long before = audit();
		MockHttpServletResponse refused = api("/api/ops/v1/quarantine/" + quarantined + "/attach", "demo-admin-token",
				"attach-other-province", "{\"filingId\":" + filing + ",\"reason\":\"looks like ours\"}");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("province 35");
		assertThat(filings.find(filing).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void anOperatorDismissesAQuarantinedResultFromThePageAndAViewerSeesNoButton() throws Exception {
		long quarantined = quarantine("37", "BAJG_OPS_DISMISS_1",
				new Result(List.of(new ResultCode(1001, "通过")), 1, "777000777", null, List.of()));
		String viewerPage = mvc.perform(get("/ops/quarantine").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(viewerPage).contains("BAJG_OPS_DISMISS_1").doesNotContain("/dismiss", "/attach");
		long before = audit();

		mvc.perform(post("/ops/quarantine/" + quarantined + "/dismiss").param("reason", "a test file of the bureau")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(jdbc.queryForMap("SELECT resolution, resolved_by FROM result_quarantine WHERE id = ?", quarantined))
			.containsEntry("RESOLUTION", "DISMISSED")
			.containsEntry("RESOLVED_BY", "operator");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "quarantine.dismiss")
			.containsEntry("REASON", "a test file of the bureau");

		mvc.perform(post("/ops/quarantine/" + quarantined + "/dismiss").param("reason", "again")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(audit()).as("settled already: refused, not audited").isEqualTo(before + 1);
	}

	@Test
	void aRejectedInputPassingTodaysContractIsTakenInAndSettledAuditedOnce() throws Exception {
		// as if the contract had changed since: a valid filing kept as a rejected input
		byte[] valid = aFirstFiling().withConsoleFilingId("OPS-R-RECHECK-1").bytes();
		jdbc.update("INSERT INTO rejected_input (source, source_ref, console_filing_id, raw_payload, payload_digest, "
				+ "errors, received_at) VALUES ('PUSH', 'ops test', 'OPS-R-RECHECK-1', ?, 'ops-r-recheck-1', ?, ?)",
				personalData.seal(new String(valid, java.nio.charset.StandardCharsets.UTF_8)),
				personalData.seal("[{\"code\":\"CONTRACT\",\"field\":\"$.websites[0].name\",\"text\":\"too long\"}]"),
				java.sql.Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("SELECT id FROM rejected_input WHERE payload_digest = 'ops-r-recheck-1'",
				Long.class);
		String page = mvc.perform(get("/ops/rejected").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("OPS-R-RECHECK-1", "too long").doesNotContain("/recheck");
		long before = audit();

		MockHttpServletResponse done = api("/api/ops/v1/rejected/" + id + "/recheck", "demo-operator-token",
				"rejected-recheck-1", "{\"reason\":\"console fixed the name length\"}");
		assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("\"outcome\":\"STORED\"");
		assertThat(filings.findByConsoleFilingId("OPS-R-RECHECK-1")).isPresent();
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "rejected-input.recheck").containsEntry("STATE_AFTER", "settled");

		MockHttpServletResponse twice = api("/api/ops/v1/rejected/" + id + "/recheck", "demo-operator-token",
				"rejected-recheck-2", "{\"reason\":\"again\"}");
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	@Test
	void aRejectedInputStillBreakingTheContractStaysOpen() throws Exception {
		com.fasterxml.jackson.databind.node.ObjectNode broken = aFirstFiling().withConsoleFilingId("OPS-R-RECHECK-2")
			.build();
		broken.remove("entity");
		IntakeResult rejected = intake.accept(broken.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				IntakeSource.PUSH, "ops test");
		assertThat(rejected.outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);
		long id = jdbc.queryForObject("SELECT MAX(id) FROM rejected_input WHERE console_filing_id = 'OPS-R-RECHECK-2'",
				Long.class);
		long before = audit();
		mvc.perform(post("/ops/rejected/" + id + "/recheck").param("reason", "after the console's fix")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(jdbc.queryForObject("SELECT resolved_at FROM rejected_input WHERE id = ?", Instant.class, id))
			.isNull();
		assertThat(filings.findByConsoleFilingId("OPS-R-RECHECK-2")).isEmpty();
		assertThat(audit()).isEqualTo(before + 1);
		assertThat((String) lastAudit().get("OUTCOME")).startsWith("still breaks the contract");
	}

	@Test
	void aRejectedInputNobodyWillTakeInIsDismissedWithAReasonAuditedOnce() throws Exception {
		com.fasterxml.jackson.databind.node.ObjectNode broken = aFirstFiling().withConsoleFilingId("OPS-R-DISMISS-1")
			.build();
		broken.remove("websites");
		intake.accept(broken.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), IntakeSource.PUSH,
				"ops test");
		long id = jdbc.queryForObject("SELECT MAX(id) FROM rejected_input WHERE console_filing_id = 'OPS-R-DISMISS-1'",
				Long.class);
		long before = audit();

		MockHttpServletResponse noReason = api("/api/ops/v1/rejected/" + id + "/dismiss", "demo-operator-token",
				"rejected-dismiss-0", "{}");
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(noReason.getContentAsString()).contains("\"field\":\"reason\"");
		assertThat(audit()).isEqualTo(before);

		mvc.perform(post("/ops/rejected/" + id + "/dismiss").param("reason", "the console withdrew it")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(jdbc.queryForObject("SELECT resolution FROM rejected_input WHERE id = ?", String.class, id))
			.isEqualTo("dismissed: the console withdrew it");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "rejected-input.dismiss").containsEntry("ACTOR", "operator");
		String open = mvc.perform(get("/ops/rejected").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(open).as("settled: no longer listed as open").doesNotContain("OPS-R-DISMISS-1");

		MockHttpServletResponse twice = api("/api/ops/v1/rejected/" + id + "/dismiss", "demo-operator-token",
				"rejected-dismiss-2", "{\"reason\":\"again\"}");
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	private long submittedFiling(String consoleFilingId, String province) {
		IntakeResult result = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId)
			.bytes(), IntakeSource.PUSH, "ops test");
		assertThat(result.state()).as(result.toString()).isEqualTo(FilingState.RECEIVED);
		transitions.batched(List.of(result.filingId()), "test", "packed");
		transitions.submitted(List.of(result.filingId()), "test", "uploaded");
		return result.filingId();
	}

	private long quarantine(String province, String fileName, Result result) {
		byte[] file = new DownloadDocumentWriter().write(new BureauResults(List.of(result)));
		long fileId = downloader.store(province, fileName, file, null);
		applier.apply(fileId);
		return jdbc.queryForObject("SELECT id FROM result_quarantine WHERE province = ? AND file_name = ?", Long.class,
				province, fileName);
	}

	private MockHttpServletResponse api(String path, String token, String key, String body) throws Exception {
		return mvc
			.perform(post(path).header("Authorization", "Bearer " + token)
				.header(IdempotencyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

	private Map<String, Object> lastAudit() {
		return jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
	}

}
