package cn.beianbridge.ops.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bulk actions on the filings a search finds: held ones re-checked against today's rules, HELD or RECEIVED ones
 * cancelled with the run's reason. A dry run counts and changes nothing; a run with the confirmed count works each
 * filing (a result per filing) and writes one audit row; a count that no longer holds is refused, with none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FilingBulkActionsTests {

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
	void aDryRunCountsTheHeldFilingsMatchingAndChangesNothing() throws Exception {
		// Shanghai verifies in its app: the default backdrop photo breaks its rule, so these are HELD at intake
		filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-DRY-1"));
		filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-DRY-2"));
		filing(aFirstFiling().withConsoleFilingId("OPS-BF-DRY-3"));
		long before = audit();

		String dryRun = mvc
			.perform(get("/api/ops/v1/bulk/dry-run?action=filings.recheck&q=OPS-BF-DRY")
				.header("Authorization", "Bearer demo-admin-token"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dryRun).contains("\"count\":2", "OPS-BF-DRY-1", "OPS-BF-DRY-2", "/ops/filings?q=OPS-BF-DRY&state=HELD")
			.doesNotContain("OPS-BF-DRY-3");
		String page = mvc
			.perform(get("/ops/bulk/dry-run").param("action", "filings.cancel").param("query", "q=OPS-BF-DRY&state=RECEIVED")
				.with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("OPS-BF-DRY-3").doesNotContain("OPS-BF-DRY-1");
		assertThat(page.replaceAll("\\s+", " ")).contains("id=\"dry-run-count\">1<");
		assertThat(audit()).isEqualTo(before);
		assertThat(state("OPS-BF-DRY-1")).isEqualTo(FilingState.HELD);
		assertThat(state("OPS-BF-DRY-3")).isEqualTo(FilingState.RECEIVED);
	}

	@Test
	void onlyAnAdminSeesTheBulkActionsOnTheFilingsPageForTheStatesTheyFit() throws Exception {
		filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-PAGE-1"));

		String held = list("admin", "ADMIN", "HELD");
		assertThat(held).contains("id=\"bulk-recheck\"", "id=\"bulk-cancel\"",
				"/ops/bulk/dry-run?action=filings.recheck&amp;query=q%3DOPS-BF-PAGE%26state%3DHELD");
		assertThat(list("admin", "ADMIN", "RECEIVED")).doesNotContain("id=\"bulk-recheck\"")
			.doesNotContain("id=\"bulk-cancel\"")
			.as("nothing matches")
			.contains("0 filing(s)");
		assertThat(list("admin", "ADMIN", "")).doesNotContain("id=\"bulk-recheck\"", "id=\"bulk-cancel\"");
		assertThat(list("operator", "OPERATOR", "HELD")).contains("OPS-BF-PAGE-1")
			.doesNotContain("id=\"bulk-recheck\"", "id=\"bulk-cancel\"");
	}

	@Test
	void aRunWithTheConfirmedCountRechecksEachHeldFilingWithAResultPerFilingAndOneAuditRow() throws Exception {
		long passes = filing(aFirstFiling().withConsoleFilingId("OPS-BF-RUN-1"));
		// held for a rule that no longer holds (as after a change of provinces.yml)
		transitions.held(passes, FilingState.RECEIVED,
				List.of(Reason.of("website-name-forbidden-word", "$.websites[0].name", "a word no longer forbidden")),
				"province-rules", "1 rule(s) failed");
		long stillBreaks = filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-RUN-2"));
		filing(aFirstFiling().withConsoleFilingId("OPS-BF-RUN-3"));
		long before = audit();

		MockHttpServletResponse started = api(post("/api/ops/v1/bulk"),
				"{\"action\":\"filings.recheck\",\"query\":{\"q\":\"OPS-BF-RUN\"},\"reason\":\"rule lifted in "
						+ "provinces.yml\",\"expectedCount\":2}");
		assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(202);
		long run = Long.parseLong(started.getContentAsString().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(runStatus(run)));
		assertThat(jdbc.queryForList("SELECT target, status, detail FROM ops_bulk_item WHERE run_id = ? ORDER BY seq",
				run))
			.extracting(item -> item.get("TARGET") + " " + item.get("STATUS") + " " + item.get("DETAIL"))
			.containsExactly(stillBreaks + " DONE still HELD, for the same reason(s)",
					passes + " DONE passes today's rules: RECEIVED, in the queue");
		assertThat(state("OPS-BF-RUN-1")).isEqualTo(FilingState.RECEIVED);
		assertThat(state("OPS-BF-RUN-2")).isEqualTo(FilingState.HELD);
		assertThat(jdbc.queryForObject("SELECT actor FROM filing_history WHERE filing_id = ? ORDER BY id DESC LIMIT 1",
				String.class, passes)).as("who started the run").isEqualTo("admin");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "bulk.filings.recheck")
			.containsEntry("TARGET", "bulk-run:" + run)
			.containsEntry("ACTOR", "admin")
			.containsEntry("REASON", "rule lifted in provinces.yml")
			.containsEntry("DRY_RUN_COUNT", 2)
			.containsEntry("PARAMETERS", "q=OPS-BF-RUN")
			.containsEntry("OUTCOME", "DONE: 2 done, 0 skipped, 0 failed of 2");
	}

	@Test
	void aRunWithACountThatNoLongerHoldsIsRefusedAndNotAudited() throws Exception {
		filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-COUNT-1"));
		filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-COUNT-2"));
		long before = audit();
		int runs = jdbc.queryForObject("SELECT COUNT(*) FROM ops_bulk_run", Integer.class);

		MockHttpServletResponse refused = api(post("/api/ops/v1/bulk"),
				"{\"action\":\"filings.recheck\",\"query\":{\"q\":\"OPS-BF-COUNT\"},\"reason\":\"rule lifted\","
						+ "\"expectedCount\":3}");

		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("matches 2 now, not 3", "run the dry run again");
		assertThat(audit()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_bulk_run", Integer.class)).isEqualTo(runs);
		assertThat(state("OPS-BF-COUNT-1")).isEqualTo(FilingState.HELD);
	}

	@Test
	void anAdminCancelsEveryFilingMatchingWithTheRunsReasonAndTheConsoleGetsTheirCancelledEvents() throws Exception {
		long first = filing(aFirstFiling().withConsoleFilingId("OPS-BF-CANCEL-1"));
		long second = filing(aFirstFiling().withConsoleFilingId("OPS-BF-CANCEL-2"));
		filing(aFirstFiling().inProvince("31").withConsoleFilingId("OPS-BF-CANCEL-3"));
		long before = audit();

		MockHttpServletResponse noState = api(post("/api/ops/v1/bulk"),
				"{\"action\":\"filings.cancel\",\"query\":{\"q\":\"OPS-BF-CANCEL\"},\"reason\":\"customer withdrew\","
						+ "\"expectedCount\":3}");
		assertThat(noState.getStatus()).as("a state not yet with the bureau must be named").isEqualTo(400);
		assertThat(noState.getContentAsString()).contains("\"field\":\"state\"");
		assertThat(audit()).isEqualTo(before);

		mvc.perform(post("/ops/bulk").param("action", "filings.cancel")
			.param("query", "q=OPS-BF-CANCEL&state=RECEIVED")
			.param("reason", "customer withdrew both sites")
			.param("expectedCount", "2")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()));
		long run = jdbc.queryForObject("SELECT MAX(id) FROM ops_bulk_run", Long.class);

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(runStatus(run)));
		assertThat(state("OPS-BF-CANCEL-1")).isEqualTo(FilingState.CANCELLED);
		assertThat(state("OPS-BF-CANCEL-2")).isEqualTo(FilingState.CANCELLED);
		assertThat(state("OPS-BF-CANCEL-3")).isEqualTo(FilingState.HELD);
		assertThat(filings.events("OPS-BF-CANCEL-1")).last().asString().contains("\"type\":\"CANCELLED\"");
		assertThat(jdbc.queryForObject("SELECT cause FROM filing_history WHERE filing_id = ? ORDER BY id DESC LIMIT 1",
				String.class, first)).contains("bulk run " + run, "customer withdrew both sites");
		assertThat(jdbc.queryForList("SELECT target FROM ops_bulk_item WHERE run_id = ? AND status = 'DONE' ORDER BY seq",
				String.class, run)).containsExactly(Long.toString(second), Long.toString(first));
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "bulk.filings.cancel")
			.containsEntry("REASON", "customer withdrew both sites")
			.containsEntry("OUTCOME", "DONE: 2 done, 0 skipped, 0 failed of 2");
	}

	private long filing(FilingJson filing) {
		IntakeResult result = intake.accept(filing.bytes(), IntakeSource.PUSH, "ops test");
		assertThat(result.isNew()).as(result.toString()).isTrue();
		return result.filingId();
	}

	private FilingState state(String consoleFilingId) {
		return FilingState.valueOf(jdbc.queryForObject("SELECT state FROM filing WHERE console_filing_id = ?",
				String.class, consoleFilingId));
	}

	private String list(String name, String role, String state) throws Exception {
		String prefix = "OPS-BF-PAGE";
		return mvc
			.perform(get("/ops/filings").param("q", prefix).param("state", state).with(user(name).roles(role)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletResponse api(MockHttpServletRequestBuilder call, String body) throws Exception {
		return mvc
			.perform(call.header("Authorization", "Bearer demo-admin-token")
				.header(IdempotencyFilter.HEADER, UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private String runStatus(long run) {
		return jdbc.queryForObject("SELECT status FROM ops_bulk_run WHERE id = ?", String.class, run);
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

	private Map<String, Object> lastAudit() {
		return jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
	}

}
