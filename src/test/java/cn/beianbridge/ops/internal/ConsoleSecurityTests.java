package cn.beianbridge.ops.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.beianbridge.ops.OpsRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every endpoint of the console (pages under {@code /ops}, API under {@code /api/ops/v1}) refuses anonymous callers,
 * and every change refuses a role below the one it needs, writing no audit row. The list of changes below is the
 * contract: an endpoint that changes something and is not listed fails the first test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConsoleSecurityTests {

	/** Each mutating endpoint of the console and the least role it needs. */
	static final Map<String, OpsRole> CHANGES = Map.ofEntries(
			Map.entry("POST /api/ops/v1/provinces/{code}/lift-block", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/provinces/{code}/pause", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/provinces/{code}/resume", OpsRole.OPERATOR),
			Map.entry("POST /ops/provinces/{code}/lift-block", OpsRole.OPERATOR),
			Map.entry("POST /ops/provinces/{code}/pause", OpsRole.OPERATOR),
			Map.entry("POST /ops/provinces/{code}/resume", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/users", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/users/{username}/enabled", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/users/{username}/tokens", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/users/tokens/{id}/revoke", OpsRole.ADMIN),
			Map.entry("POST /ops/users", OpsRole.ADMIN),
			Map.entry("POST /ops/users/{username}/enable", OpsRole.ADMIN),
			Map.entry("POST /ops/users/{username}/disable", OpsRole.ADMIN),
			Map.entry("POST /ops/users/{username}/password", OpsRole.ADMIN),
			Map.entry("POST /ops/users/{username}/tokens", OpsRole.ADMIN),
			Map.entry("POST /ops/users/tokens/{id}/revoke", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/provinces/{code}/files/{id}/reconcile", OpsRole.OPERATOR),
			Map.entry("POST /ops/provinces/{code}/files/{id}/reconcile", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/deliveries/events/{eventId}/redeliver", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/deliveries/notifications/{id}/resend", OpsRole.OPERATOR),
			Map.entry("POST /ops/deliveries/events/{eventId}/redeliver", OpsRole.OPERATOR),
			Map.entry("POST /ops/deliveries/notifications/{id}/resend", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/bulk", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/bulk/{id}/cancel", OpsRole.ADMIN),
			Map.entry("POST /ops/bulk", OpsRole.ADMIN),
			Map.entry("POST /ops/bulk/{id}/cancel", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/jobs/{id}/restart", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/jobs/{id}/stop", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/jobs/{id}/recover", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/jobs/{id}/abandon", OpsRole.ADMIN),
			Map.entry("POST /ops/jobs/{id}/restart", OpsRole.ADMIN),
			Map.entry("POST /ops/jobs/{id}/stop", OpsRole.OPERATOR),
			Map.entry("POST /ops/jobs/{id}/recover", OpsRole.ADMIN),
			Map.entry("POST /ops/jobs/{id}/abandon", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/schedules/{job}/pause", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/schedules/{job}/resume", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/schedules/{job}/trigger", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/schedules/{job}/cron", OpsRole.ADMIN),
			Map.entry("POST /ops/schedules/{job}/pause", OpsRole.OPERATOR),
			Map.entry("POST /ops/schedules/{job}/resume", OpsRole.OPERATOR),
			Map.entry("POST /ops/schedules/{job}/trigger", OpsRole.OPERATOR),
			Map.entry("POST /ops/schedules/{job}/cron", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/filings/{id}/unmask", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/filings/{id}/recheck", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/filings/{id}/cancel", OpsRole.ADMIN),
			Map.entry("POST /ops/filings/{id}/unmask", OpsRole.ADMIN),
			Map.entry("POST /ops/filings/{id}/recheck", OpsRole.OPERATOR),
			Map.entry("POST /ops/filings/{id}/cancel", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/rejected/{id}/recheck", OpsRole.OPERATOR),
			Map.entry("POST /ops/rejected/{id}/recheck", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/rejected/{id}/dismiss", OpsRole.OPERATOR),
			Map.entry("POST /ops/rejected/{id}/dismiss", OpsRole.OPERATOR),
			Map.entry("POST /api/ops/v1/quarantine/{id}/attach", OpsRole.ADMIN),
			Map.entry("POST /api/ops/v1/quarantine/{id}/dismiss", OpsRole.OPERATOR),
			Map.entry("POST /ops/quarantine/{id}/attach", OpsRole.ADMIN),
			Map.entry("POST /ops/quarantine/{id}/dismiss", OpsRole.OPERATOR));

	/**
	 * Reads only an ADMIN may make (the users and their tokens; an upload file as sent, all its personal data; a bulk
	 * action's dry run).
	 */
	static final Set<String> ADMIN_READS = Set.of("GET /ops/users", "GET /api/ops/v1/users",
			"GET /ops/provinces/{code}/files/{id}/sent", "GET /ops/bulk/dry-run", "GET /api/ops/v1/bulk/dry-run");

	/** Open to anyone: signing in (the logout and the login post are Spring Security's, not mapped here). */
	static final Set<String> OPEN = Set.of("GET /ops/login");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyChangeTheConsoleMapsIsListedWithTheRoleItNeeds() {
		Set<String> mutating = new TreeSet<>();
		for (String endpoint : endpoints()) {
			if (!endpoint.startsWith("GET ")) {
				mutating.add(endpoint);
			}
		}
		assertThat(mutating).as("the console's mutating endpoints; add new ones to CHANGES with their role")
			.containsExactlyInAnyOrderElementsOf(CHANGES.keySet());
	}

	@Test
	void anonymousCallersAreRefusedEverywhere() throws Exception {
		for (String endpoint : endpoints()) {
			if (OPEN.contains(endpoint)) {
				continue;
			}
			int status = mvc.perform(request(endpoint).accept(MediaType.APPLICATION_JSON)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"test\"}")).andReturn().getResponse().getStatus();
			assertThat(status).as(endpoint).isEqualTo(401);
		}
	}

	@Test
	void aBrowserWithoutASessionIsSentToSignIn() throws Exception {
		String location = mvc.perform(MockMvcRequestBuilders.get("/ops/provinces").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).endsWith("/ops/login");
	}

	@Test
	void aRoleBelowTheOneAChangeNeedsIsRefusedAndNothingIsAudited() throws Exception {
		long audited = auditRows();
		for (Map.Entry<String, OpsRole> change : CHANGES.entrySet()) {
			OpsRole below = OpsRole.values()[change.getValue().ordinal() - 1];
			MockHttpServletRequestBuilder call = request(change.getKey()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"test\"}")
				.param("reason", "test")
				.header(IdempotencyFilter.HEADER, "security-test-" + change.getKey().hashCode());
			if (change.getKey().contains(OpsSecurityConfiguration.API)) {
				call.header("Authorization", "Bearer demo-" + below.name().toLowerCase() + "-token");
			}
			else {
				call.with(user(below.name().toLowerCase()).roles(below.name())).with(csrf());
			}
			int status = mvc.perform(call).andReturn().getResponse().getStatus();
			assertThat(status).as(change.getKey() + " as " + below).isEqualTo(403);
		}
		assertThat(auditRows()).as("refused changes leave no audit row").isEqualTo(audited);
	}

	@Test
	void readsOfUsersAreForAdminsOnly() throws Exception {
		for (String endpoint : ADMIN_READS) {
			MockHttpServletRequestBuilder call = request(endpoint);
			if (endpoint.contains(OpsSecurityConfiguration.API)) {
				call.header("Authorization", "Bearer demo-operator-token");
			}
			else {
				call.with(user("operator").roles("OPERATOR"));
			}
			assertThat(mvc.perform(call).andReturn().getResponse().getStatus()).as(endpoint).isEqualTo(403);
		}
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
		int status = mvc
			.perform(MockMvcRequestBuilders.post("/ops/provinces/33/pause")
				.param("reason", "test")
				.with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
	}

	private long auditRows() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

	/** {@code METHOD /path} of every handler under /ops and /api/ops/v1. */
	private List<String> endpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith(OpsSecurityConfiguration.PAGES) && !path.startsWith(OpsSecurityConfiguration.API)) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method.name() + " " + path);
				}
			}
		}
		assertThat(endpoints).as("the console's endpoints").isNotEmpty();
		return endpoints;
	}

	/** A request to the endpoint, its path variables filled in (a province code, or an id). */
	private static MockHttpServletRequestBuilder request(String endpoint) {
		String[] parts = endpoint.split(" ", 2);
		Matcher variables = VARIABLE.matcher(parts[1]);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(path, variables.group(1).equals("code") ? "33" : "1");
		}
		variables.appendTail(path);
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path.toString());
	}

}
