package cn.beianbridge.ops.internal;

import java.time.LocalDate;
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

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.support.FilingJson;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Filings in the console: search, the detail with personal data masked for everyone (a VIEWER's page and API never
 * hold a full ID number, mobile or email), unmasking by an ADMIN (audited once, not kept), re-checking a held filing
 * and cancelling one; each change done writes one audit row, each refused one none.
 */
@SpringBootTest(properties = "bridge.intake.change-and-cancel.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FilingOperationsTests {

	/** The applicant's resident ID number of a default test filing in Zhejiang (FilingJson). */
	private static final String APPLICANT_ID = FilingJson.residentId("330106", LocalDate.of(1990, 3, 7), 1);

	private static final String APPLICANT_MOBILE = "13800000001";

	private static final String APPLICANT_EMAIL = "person1@example.cn";

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

	@Test
	void aViewerFindsAFilingByIdDomainIcpNumberAndMobileAndSeesItMasked() throws Exception {
		long id = filing(aFirstFiling().withConsoleFilingId("OPS-F-SEARCH-1").withOwnWebsite("运维检索网站"));

		assertThat(apiGet("/api/ops/v1/filings?q=OPS-F-SEARCH", "viewer")).contains("\"consoleFilingId\":\"OPS-F-SEARCH-1\"");
		assertThat(apiGet("/api/ops/v1/filings?q=ops-f-search-1.cn", "viewer")).contains("OPS-F-SEARCH-1");
		assertThat(apiGet("/api/ops/v1/filings?q=运维检索", "viewer")).contains("OPS-F-SEARCH-1");
		assertThat(apiGet("/api/ops/v1/filings?q=" + APPLICANT_MOBILE + "&province=33&state=RECEIVED", "viewer"))
			.contains("OPS-F-SEARCH-1");
		assertThat(apiGet("/api/ops/v1/filings?q=OPS-F-SEARCH&state=HELD", "viewer")).contains("\"total\":0");
		assertThat(apiGet("/api/ops/v1/filings?q=OPS-F-SEARCH&deadlineTo=2000-01-01", "viewer"))
			.contains("\"total\":0");

		String api = apiGet("/api/ops/v1/filings/" + id, "viewer");
		String page = mvc.perform(get("/ops/filings/" + id).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String shown : List.of(api, page)) {
			assertThat(shown).contains("OPS-F-SEARCH-1", "138****0001", "p***@example.cn",
					APPLICANT_ID.substring(0, 3) + "*".repeat(13) + APPLICANT_ID.substring(16));
			assertThat(shown).doesNotContain(APPLICANT_ID, APPLICANT_MOBILE, APPLICANT_EMAIL);
		}
		assertThat(page).doesNotContain("/unmask", "/cancel", "/recheck");
		String list = mvc.perform(get("/ops/filings").param("q", "OPS-F-SEARCH").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("OPS-F-SEARCH-1").doesNotContain(APPLICANT_ID, APPLICANT_MOBILE);
	}

	@Test
	void aCancelWithoutEntityOrWebsitesIsShownLikeAnyFiling() throws Exception {
		IntakeResult cancel = intake.accept(FilingJson.aCancellation("WEBSITE").put("consoleFilingId", "OPS-F-ZXBA-1")
			.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), IntakeSource.PUSH, "ops test");

		assertThat(apiGet("/api/ops/v1/filings/" + cancel.filingId(), "viewer"))
			.contains("\"consoleFilingId\":\"OPS-F-ZXBA-1\"", "\"filingType\":\"CANCEL\"");
		MockHttpServletResponse page = mvc
			.perform(get("/ops/filings/" + cancel.filingId()).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("OPS-F-ZXBA-1");
	}

	@Test
	void theDetailListsTheUploadFilesTheFilingWentIn() throws Exception {
		long id = filing(aFirstFiling().withConsoleFilingId("OPS-F-FILES-1"));
		jdbc.update("INSERT INTO upload_batch (province, file_name, operation, data_sequence, state, record_count, "
				+ "beian_info_hash, encrypt_algorithm, zip_bytes, attempts, last_msg_code, created_at, "
				+ "updated_at, accepted_at) VALUES ('33', 'OPS_FILES_UPLOAD_1.zip', 'UPLOAD', 990001, 'ACCEPTED', 1, "
				+ "'hash', 0, 10, 1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
		long batch = jdbc.queryForObject("SELECT id FROM upload_batch WHERE file_name = 'OPS_FILES_UPLOAD_1.zip'",
				Long.class);
		jdbc.update("INSERT INTO upload_batch_filing (batch_id, filing_id, ordinal) VALUES (?, ?, 0)", batch, id);

		assertThat(apiGet("/api/ops/v1/filings/" + id, "viewer")).contains("\"fileName\":\"OPS_FILES_UPLOAD_1.zip\"",
				"\"dataSequence\":990001", "\"state\":\"ACCEPTED\"");
		String page = mvc.perform(get("/ops/filings/" + id).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("OPS_FILES_UPLOAD_1.zip", "990001");
	}

	@Test
	void aBadFilterNamesItsField() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/api/ops/v1/filings?state=LOST").header("Authorization", "Bearer demo-viewer-token"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("\"field\":\"state\"");
	}

	@Test
	void anAdminUnmasksThroughTheApiOnceAuditedAndTheAnswerIsNotKept() throws Exception {
		long id = filing(aFirstFiling().withConsoleFilingId("OPS-F-UNMASK-1"));
		long before = audit();

		MockHttpServletResponse refused = unmask(id, "demo-operator-token", "unmask-op", "customer asks");
		assertThat(refused.getStatus()).isEqualTo(403);
		MockHttpServletResponse noReason = unmask(id, "demo-admin-token", "unmask-no-reason", " ");
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(audit()).isEqualTo(before);

		MockHttpServletResponse shown = unmask(id, "demo-admin-token", "unmask-1", "data subject's request 2026-17");
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getHeader("Cache-Control")).contains("no-store");
		assertThat(shown.getContentAsString()).contains(APPLICANT_ID, APPLICANT_MOBILE, APPLICANT_EMAIL);
		assertThat(audit()).isEqualTo(before + 1);
		Map<String, Object> row = lastAudit();
		assertThat(row).containsEntry("ACTION", "filing.unmask")
			.containsEntry("ACTOR", "admin")
			.containsEntry("REASON", "data subject's request 2026-17");
		assertThat((String) row.get("TARGET")).contains("OPS-F-UNMASK-1");
		assertThat(jdbc.queryForObject("SELECT body FROM ops_idempotency WHERE idem_key = 'unmask-1'", String.class))
			.as("the unmasked answer is not kept for replays").doesNotContain(APPLICANT_ID, APPLICANT_MOBILE);

		// a retry with the same key changes nothing and shows nothing again (the answer held personal data, shown once)
		MockHttpServletResponse replay = unmask(id, "demo-admin-token", "unmask-1", "data subject's request 2026-17");
		assertThat(replay.getStatus()).isEqualTo(409);
		assertThat(replay.getContentAsString()).doesNotContain(APPLICANT_ID, APPLICANT_MOBILE);
		assertThat(audit()).isEqualTo(before + 1);
	}

	@Test
	void anAdminUnmasksOnThePageForThatAnswerOnly() throws Exception {
		long id = filing(aFirstFiling().withConsoleFilingId("OPS-F-UNMASK-2"));
		long before = audit();
		MockHttpServletResponse response = mvc
			.perform(post("/ops/filings/" + id + "/unmask").param("reason", "verifying with the customer on the phone")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		assertThat(response.getContentAsString()).contains(APPLICANT_ID, APPLICANT_MOBILE);
		assertThat(audit()).isEqualTo(before + 1);

		String later = mvc.perform(get("/ops/filings/" + id).with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(later).as("masked again on the next visit").doesNotContain(APPLICANT_ID).contains("/unmask");
	}

	@Test
	void aHeldFilingPassingTodaysRulesGoesBackToTheQueueAuditedOnce() throws Exception {
		long id = filing(aFirstFiling().withConsoleFilingId("OPS-F-RECHECK-1"));
		// held for a rule that no longer holds (as after a change of provinces.yml)
		transitions.held(id, FilingState.RECEIVED,
				List.of(Reason.of("website-name-forbidden-word", "$.websites[0].name", "a word no longer forbidden")),
				"province-rules", "1 rule(s) failed");
		long before = audit();

		String answer = apiPost("/api/ops/v1/filings/" + id + "/recheck", "demo-operator-token", "recheck-1",
				"{\"reason\":\"rule lifted in provinces.yml\"}");
		assertThat(answer).contains("\"state\":\"RECEIVED\"");
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "filing.recheck").containsEntry("STATE_AFTER", "RECEIVED");

		MockHttpServletResponse again = mvc
			.perform(post("/api/ops/v1/filings/" + id + "/recheck").header("Authorization", "Bearer demo-operator-token")
				.header(IdempotencyFilter.HEADER, "recheck-2")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"again\"}"))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).as("no longer HELD").isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	@Test
	void aHeldFilingStillBreakingARuleStaysHeld() throws Exception {
		// Shanghai verifies in its app: the default backdrop photo breaks its rule, today as at intake
		long id = filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-F-RECHECK-2"));
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.HELD);
		long before = audit();
		mvc.perform(post("/ops/filings/" + id + "/recheck").param("reason", "checking after the rule change")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("OUTCOME", "still HELD, for the same reason(s)");
		String list = mvc.perform(get("/ops/filings").param("state", "HELD").param("q", "OPS-F-RECHECK-2")
			.with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("OPS-F-RECHECK-2", "photo");
	}

	@Test
	void anAdminCancelsAHeldFilingAndTheConsoleGetsItsCancelledEvent() throws Exception {
		long id = filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-F-CANCEL-1"));
		long before = audit();

		MockHttpServletResponse byOperator = mvc
			.perform(post("/api/ops/v1/filings/" + id + "/cancel").header("Authorization", "Bearer demo-operator-token")
				.header(IdempotencyFilter.HEADER, "cancel-op")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"customer withdrew\"}"))
			.andReturn()
			.getResponse();
		assertThat(byOperator.getStatus()).isEqualTo(403);
		assertThat(audit()).isEqualTo(before);

		mvc.perform(post("/ops/filings/" + id + "/cancel").param("reason", "customer withdrew the filing")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()));
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		assertThat(filings.events("OPS-F-CANCEL-1")).last().asString().contains("\"type\":\"CANCELLED\"");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "filing.cancel")
			.containsEntry("STATE_BEFORE", "HELD")
			.containsEntry("STATE_AFTER", "CANCELLED");

		MockHttpServletResponse twice = mvc
			.perform(post("/api/ops/v1/filings/" + id + "/cancel").header("Authorization", "Bearer demo-admin-token")
				.header(IdempotencyFilter.HEADER, "cancel-twice")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"again\"}"))
			.andReturn()
			.getResponse();
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	private long filing(FilingJson filing) {
		IntakeResult result = intake.accept(filing.bytes(), IntakeSource.PUSH, "ops test");
		assertThat(result.isNew()).as(result.toString()).isTrue();
		return result.filingId();
	}

	private MockHttpServletResponse unmask(long id, String token, String key, String reason) throws Exception {
		return mvc
			.perform(post("/api/ops/v1/filings/" + id + "/unmask").header("Authorization", "Bearer " + token)
				.header(IdempotencyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"" + reason + "\"}"))
			.andReturn()
			.getResponse();
	}

	private String apiGet(String path, String role) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get(path).header("Authorization", "Bearer demo-" + role + "-token"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String apiPost(String path, String token, String key, String body) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post(path).header("Authorization", "Bearer " + token)
				.header(IdempotencyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

	private Map<String, Object> lastAudit() {
		return jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
	}

}
