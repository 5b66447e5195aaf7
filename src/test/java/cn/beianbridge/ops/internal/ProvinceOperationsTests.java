package cn.beianbridge.ops.internal;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Lifting a block and pausing a province, from the API and from the page: each change done writes exactly one audit
 * row naming who, the reason and the states; a change refused (nothing to lift, no reason) writes none.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProvinceOperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clean() {
		jdbc.update("DELETE FROM province_block WHERE province = '61'");
		jdbc.update("DELETE FROM province_pause WHERE province = '61'");
	}

	@Test
	void anOperatorLiftsABlockThroughTheApiOnceAndItIsAudited() throws Exception {
		jdbc.update("INSERT INTO province_block (province, msg_code, reason, blocked_at) "
				+ "VALUES ('61', 5, 'isp_upload: 5 用户名或密码错误', CURRENT_TIMESTAMP)");
		long before = audit();

		String body = api("/api/ops/v1/provinces/61/lift-block", "demo-operator-token", "lift-61", "{\"reason\":\"password renewed at the bureau\"}").getContentAsString();
		assertThat(body).contains("\"filesBackToBuilt\":0");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province_block WHERE province = '61'", Integer.class))
			.isZero();

		// the client retries after a lost answer: the same answer, nothing done twice
		String replay = api("/api/ops/v1/provinces/61/lift-block", "demo-operator-token", "lift-61", "{\"reason\":\"password renewed at the bureau\"}").getContentAsString();
		assertThat(replay).isEqualTo(body);

		assertThat(audit()).isEqualTo(before + 1);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
		assertThat(row).containsEntry("ACTOR", "operator")
			.containsEntry("ROLE", "OPERATOR")
			.containsEntry("ACTION", "province.lift-block")
			.containsEntry("TARGET", "province:61")
			.containsEntry("REASON", "password renewed at the bureau")
			.containsEntry("STATE_AFTER", "not blocked");
		assertThat((String) row.get("STATE_BEFORE")).startsWith("BLOCKED (msg_code 5)");
	}

	@Test
	void liftingAProvinceThatIsNotBlockedIsRefusedAndNotAudited() throws Exception {
		long before = audit();
		int status = api("/api/ops/v1/provinces/61/lift-block", "demo-admin-token", "lift-61-unblocked", "{\"reason\":\"just in case\"}").getStatus();
		assertThat(status).isEqualTo(409);
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void aChangeWithoutAReasonNamesTheFieldAndChangesNothing() throws Exception {
		long before = audit();
		String problem = api("/api/ops/v1/provinces/61/pause", "demo-operator-token", "pause-61-no-reason", "{\"reason\":\"  \"}").getContentAsString();
		assertThat(problem).contains("\"field\":\"reason\"").contains("\"status\":400");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province_pause", Integer.class)).isZero();
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void anOperatorPausesAndResumesFromThePageEachAuditedOnce() throws Exception {
		long before = audit();
		mvc.perform(post("/ops/provinces/61/pause").param("reason", "bureau maintenance announced for Saturday")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		String page = mvc.perform(get("/ops/provinces").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("paused by operator: bureau maintenance announced for Saturday");
		assertThat(audit()).isEqualTo(before + 1);

		mvc.perform(post("/ops/provinces/61/resume").param("reason", "maintenance over")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province_pause", Integer.class)).isZero();
		assertThat(audit()).isEqualTo(before + 2);
		assertThat(jdbc.queryForObject("SELECT action FROM ops_audit ORDER BY id DESC LIMIT 1", String.class))
			.isEqualTo("province.resume");
	}

	@Test
	void aViewerSeesTheProvincesButNoActionButton() throws Exception {
		jdbc.update("INSERT INTO province_block (province, msg_code, reason, blocked_at) "
				+ "VALUES ('61', 13, 'isp_upload: 13', CURRENT_TIMESTAMP)");
		String page = mvc.perform(get("/ops/provinces").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("isp_upload: 13").doesNotContain("<button type=\"submit\">Lift block");
		assertThat(page).doesNotContain("lift-block").doesNotContain("/pause\"");
	}

	/** A change through the API, with the token and Idempotency-Key given. */
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

}
