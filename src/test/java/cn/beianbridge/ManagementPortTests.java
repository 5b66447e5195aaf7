package cn.beianbridge;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.support.BridgeHttp;
import cn.beianbridge.support.BridgeHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator answers on the management port only: anyone there sees health's status, the monitoring token
 * ({@code bridge.management.token}) sees its details and Prometheus; the API port has no actuator at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ManagementPortTests {

	static final String TOKEN = "test-management-token";

	@LocalServerPort
	int apiPort;

	@LocalManagementPort
	int managementPort;

	@Test
	void theApiPortHasNoActuator() {
		BridgeHttp api = new BridgeHttp(apiPort);

		assertThat(managementPort).isNotEqualTo(apiPort);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/prometheus",
				"/actuator/health/calendar" }) {
			assertThat(api.get(path).status()).as(path).isEqualTo(404);
			assertThat(api.get(path, TOKEN).status()).as(path + " with the token").isEqualTo(404);
		}
	}

	@Test
	void healthWithoutTheTokenShowsItsStatusOnly() {
		Response health = new BridgeHttp(managementPort).get("/actuator/health");

		// whatever the status (other tests' state in this JVM may make a component DOWN), it comes alone
		assertThat(health.status()).isIn(200, 503);
		assertThat(health.json().get("status").asText()).isIn("UP", "DEGRADED", "DOWN", "OUT_OF_SERVICE");
		assertThat(health.json().has("components")).as(health.body()).isFalse();
		assertThat(health.body()).doesNotContain("calendar").doesNotContain("bureauGateways");
	}

	@Test
	void healthWithTheTokenShowsItsComponentsAndTheirDetails() {
		Response health = new BridgeHttp(managementPort).get("/actuator/health", TOKEN);

		assertThat(health.status()).isIn(200, 503);
		assertThat(health.json().get("components").get("calendar").get("details").has("loadedYears"))
			.as(health.body()).isTrue();
	}

	@Test
	void prometheusAndMetricsNeedTheToken() {
		BridgeHttp management = new BridgeHttp(managementPort);

		assertThat(management.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(management.get("/actuator/metrics").status()).isEqualTo(401);
		assertThat(management.get("/actuator/prometheus", "not-the-token").status()).isEqualTo(401);
		Response scrape = management.get("/actuator/prometheus", TOKEN);
		assertThat(scrape.status()).isEqualTo(200);
		assertThat(scrape.body()).contains("jvm_memory_used_bytes");
	}

}
