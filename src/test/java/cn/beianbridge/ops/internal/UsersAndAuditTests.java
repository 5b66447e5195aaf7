package cn.beianbridge.ops.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An ADMIN manages the console's people and tokens; each change is audited once, a refused one not at all. The audit
 * log is filtered in the URL and exported as CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UsersAndAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminCreatesAUserIssuesATokenThatWorksAndRevokesIt() throws Exception {
		long before = audit();
		MockHttpServletResponse created = api(post("/api/ops/v1/users"), "create-oncall",
				"{\"username\":\"oncall.li\",\"role\":\"OPERATOR\",\"password\":\"correct horse battery\"}");
		assertThat(created.getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT password_hash FROM ops_user WHERE username = 'oncall.li'", String.class))
			.startsWith("{bcrypt}")
			.doesNotContain("correct horse");

		MockHttpServletResponse again = api(post("/api/ops/v1/users"), "create-oncall-again",
				"{\"username\":\"oncall.li\",\"role\":\"VIEWER\",\"password\":\"another long password\"}");
		assertThat(again.getStatus()).isEqualTo(409);

		String issued = api(post("/api/ops/v1/users/oncall.li/tokens"), "token-oncall", "{\"label\":\"pager bot\"}")
			.getContentAsString();
		String token = issued.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		assertThat(token).startsWith("bbo_");
		assertThat(jdbc.queryForList("SELECT body FROM ops_idempotency", String.class))
			.as("a token is shown once: never kept as an answer to replay")
			.noneMatch(body -> body != null && body.contains(token));
		MockHttpServletResponse repeat = api(post("/api/ops/v1/users/oncall.li/tokens"), "token-oncall",
				"{\"label\":\"pager bot\"}");
		assertThat(repeat.getStatus()).isEqualTo(409);
		assertThat(repeat.getContentAsString()).doesNotContain(token).contains("shown once");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_api_token WHERE label = 'pager bot'", Integer.class))
			.isEqualTo(1);
		assertThat(mvc.perform(get("/api/ops/v1/provinces").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);

		Long id = jdbc.queryForObject("SELECT id FROM ops_api_token WHERE label = 'pager bot'", Long.class);
		assertThat(api(post("/api/ops/v1/users/tokens/" + id + "/revoke"), "revoke-oncall", "{}").getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/api/ops/v1/provinces").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);

		assertThat(audit()).as("create, issue, revoke: one row each; the refused create none").isEqualTo(before + 3);
	}

	@Autowired
	ApiAnswerRetention apiAnswers;

	@Autowired
	Clock clock;

	@Test
	void keptApiAnswersAreDeletedAfterTheirRetention() {
		jdbc.update("INSERT INTO ops_idempotency (actor, idem_key, request, status, body, created_at) "
				+ "VALUES ('admin', 'old', 'POST /x', 200, '{}', TIMESTAMP '2026-01-01 00:00:00')");
		jdbc.update("INSERT INTO ops_idempotency (actor, idem_key, request, status, body, created_at) "
				+ "VALUES ('admin', 'old-in-flight', 'POST /x', NULL, NULL, TIMESTAMP '2026-01-01 00:00:00')");
		jdbc.update("INSERT INTO ops_idempotency (actor, idem_key, request, status, body, created_at) "
				+ "VALUES ('admin', 'recent', 'POST /x', 200, '{}', TIMESTAMP '2026-03-01 00:00:00')");

		int purged = apiAnswers.purge(Instant.parse("2026-02-01T00:00:00Z"),
				Instant.parse("2026-03-02T00:00:00Z"), 100);

		assertThat(purged).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT idem_key FROM ops_idempotency WHERE actor = 'admin' AND idem_key IN "
				+ "('old', 'old-in-flight', 'recent')", String.class)).containsExactly("recent");
		jdbc.update("DELETE FROM ops_idempotency WHERE idem_key = 'recent'");
	}

	@Test
	void aKeyWhoseCallDiedMidwayIsFreeAgainAfterFiveMinutes() throws Exception {
		jdbc.update("INSERT INTO province_pause (province, reason, paused_by, paused_at) "
				+ "VALUES ('45', 'x', 'someone', CURRENT_TIMESTAMP)");
		jdbc.update("INSERT INTO ops_idempotency (actor, idem_key, request, created_at) "
				+ "VALUES ('operator', 'died', 'POST /api/ops/v1/provinces/45/resume', ?)",
				Timestamp.from(clock.instant().minusSeconds(60)));
		assertThat(resume45("died").getStatus()).as("still being answered").isEqualTo(409);

		jdbc.update("UPDATE ops_idempotency SET created_at = ? WHERE idem_key = 'died'",
				Timestamp.from(clock.instant().minusSeconds(6 * 60)));
		assertThat(resume45("died").getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province_pause WHERE province = '45'", Integer.class))
			.isZero();
	}

	private MockHttpServletResponse resume45(String key) throws Exception {
		return mvc
			.perform(post("/api/ops/v1/provinces/45/resume").header("Authorization", "Bearer demo-operator-token")
				.header(IdempotencyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"over\"}"))
			.andReturn()
			.getResponse();
	}

	@Test
	void aShortPasswordNamesTheFieldAndCreatesNobody() throws Exception {
		long before = audit();
		MockHttpServletResponse refused = api(post("/api/ops/v1/users"), "create-short",
				"{\"username\":\"shorty\",\"role\":\"VIEWER\",\"password\":\"short\"}");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("\"field\":\"password\"");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_user WHERE username = 'shorty'", Integer.class))
			.isZero();
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void anAdminCannotDisableThemselves() throws Exception {
		long before = audit();
		mvc.perform(post("/ops/users/admin/disable").with(user("admin").roles("ADMIN")).with(csrf()));
		assertThat(jdbc.queryForObject("SELECT enabled FROM ops_user WHERE username = 'admin'", Boolean.class))
			.isTrue();
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void theAuditLogIsFilteredAndExportedAsCsvWithFormulasDefused() throws Exception {
		jdbc.update("INSERT INTO province_pause (province, reason, paused_by, paused_at) "
				+ "VALUES ('44', 'x', 'someone', CURRENT_TIMESTAMP)");
		mvc.perform(post("/ops/provinces/44/resume").param("reason", "=HYPERLINK(\"http://evil\"), and more")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));

		String page = mvc.perform(get("/ops/audit").param("target", "province:44").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("province.resume").contains("province:44");
		String other = mvc.perform(get("/ops/audit").param("target", "province:45").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(other).doesNotContain("province:44");

		MockHttpServletResponse csv = mvc
			.perform(get("/ops/audit.csv").param("target", "province:44").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse();
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFid,at,actor,role,action,target,");
		assertThat(text).contains(",operator,OPERATOR,province.resume,province:44,")
			.contains("\"'=HYPERLINK(\"\"http://evil\"\"), and more\"");
	}

	@Test
	void aWrongDayInTheFilterNamesTheField() throws Exception {
		MockHttpServletResponse api = mvc
			.perform(get("/api/ops/v1/audit").param("from", "yesterday").header("Authorization", "Bearer demo-viewer-token"))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentAsString()).contains("\"field\":\"from\"");
		MockHttpServletResponse page = mvc.perform(get("/ops/audit").param("to", "2026-13-01").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("to: a day as yyyy-MM-dd");
	}

	private MockHttpServletResponse api(MockHttpServletRequestBuilder call, String key, String body) throws Exception {
		return mvc
			.perform(call.header("Authorization", "Bearer demo-admin-token")
				.header(IdempotencyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

}
