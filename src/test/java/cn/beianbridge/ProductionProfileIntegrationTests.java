package cn.beianbridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.beianbridge.support.BridgeHttp;
import cn.beianbridge.support.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mysql profile is production: on MariaDB it refuses to start with one message naming every missing or unsafe
 * setting, before it touches the database; set up properly it starts with no simulator and no actuator on the API
 * port.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIntegrationTests {

	@Test
	void badSettingsAreAllNamedInOneMessageAndTheDatabaseIsNotTouched(CapturedOutput output) {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_production_bad");

		assertThatThrownBy(() -> start(url, "--server.port=18080", "--management.server.port=18080",
				"--bridge.intake.token=demo-intake-token", "--bridge.console.base-url=https://console.example.invalid",
				"--bridge.submission.provider-id=beianbridge", "--bridge.simulators.enabled=true",
				"--bridge.provinces.33.gateway.endpoint=https://bureau33.example.invalid",
				"--bridge.provinces.33.gateway.isp-id=ISP33", "--bridge.provinces.33.gateway.user-name=bridge33"))
			.isInstanceOf(StartupRefused.class)
			.message()
			.startsWith("The mysql profile (production) does not start: 67 setting(s) missing or unsafe:")
			.contains("bridge.intake.token (BRIDGE_INTAKE_TOKEN) is the demo's token")
			.contains("bridge.console.token (BRIDGE_CONSOLE_TOKEN) is blank although bridge.console.base-url is set")
			.contains("bridge.submission.provider-id 'beianbridge' does not fit the bureau's Qqdwid")
			.contains("bridge.simulators.enabled (BRIDGE_SIMULATORS_ENABLED) is true")
			.contains("bridge.crypto.master-key is missing (BRIDGE_CRYPTO_MASTER_KEY)")
			.contains("management.server.port (MANAGEMENT_SERVER_PORT) is the API's port 18080")
			.contains("bridge.provinces.11 (Beijing, enabled): no bureau account, set BRIDGE_GW_11_ISP_ID, "
					+ "BRIDGE_GW_11_USER_NAME, BRIDGE_GW_11_PASSWORD")
			.contains("bridge.provinces.11 (Beijing, enabled): gateway.endpoint is the in-process simulator's path "
					+ "(http://localhost:18080/simulator/bureau/11), set BRIDGE_GW_11_ENDPOINT")
			.contains("bridge.provinces.33 (Zhejiang, enabled): no bureau account, set BRIDGE_GW_33_PASSWORD")
			.doesNotContain("gateway.endpoint is the in-process simulator's path (https://bureau33");
		assertThat(output).contains("APPLICATION FAILED TO START");
		assertThat(new JdbcTemplate(new DriverManagerDataSource(url, "root", "")).queryForObject(
				"select count(*) from information_schema.tables where table_schema = database()", Integer.class))
			.as("tables in the database").isZero();
	}

	@Test
	void goodSettingsStartWithoutSimulatorsAndWithTheActuatorOnItsOwnPort(CapturedOutput output) throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_production_good");

		try (ConfigurableApplicationContext context = start(url, "--server.port=0", "--management.server.port=0",
				"--bridge.intake.token=a-real-intake-token", "--bridge.console.base-url=https://console.example.invalid",
				"--bridge.console.token=a-real-console-token", "--bridge.submission.provider-id=330000000002",
				"--bridge.management.token=a-real-management-token",
				"--bridge.crypto.master-key=cHJvZHVjdGlvbi10ZXN0LW1hc3Rlci1rZXktMzItYiE=",
				"--bridge.gateway.endpoint=http://bureau-{code}.example.invalid", "--bridge.gateway.isp-id=ISP{code}",
				"--bridge.gateway.user-name=bridge{code}", "--bridge.gateway.password=secret-{code}")) {
			BridgeHttp api = new BridgeHttp(port(context, "local.server.port"));
			assertThat(api.get("/simulator/bureau/33/faults").status()).isEqualTo(404);
			assertThat(api.get("/simulator/console/api/v1/filings?status=PHOTO_APPROVED&limit=5").status())
				.isEqualTo(404);
			assertThat(api.post("/simulator/sms/sms/send", null, "{}".getBytes()).status()).isEqualTo(404);
			assertThat(soap(port(context, "local.server.port"), "/simulator/bureau/33/ISPWebService/upDownLoad"))
				.as("the Spring-WS servlet path").isEqualTo(404);
			assertThat(api.get("/actuator/health").status()).isEqualTo(404);
			assertThat(new BridgeHttp(port(context, "local.management.port")).get("/actuator/health").status())
				.isEqualTo(200);
			assertThat(Arrays.stream(context.getBeanDefinitionNames())
				.map(context.getBeanFactory()::getType)
				.filter(type -> type != null && type.getName().startsWith("cn.beianbridge.simulator")))
				.as("beans of the simulator module")
				.isEmpty();
		}
		assertThat(occurrences(output, "Production: bureau endpoints over plain HTTP (no TLS) for provinces [11, "))
			.isEqualTo(1);
		assertThat(occurrences(output, "Production: spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is blank"))
			.isEqualTo(1);
	}

	private static ConfigurableApplicationContext start(String url, String... settings) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=",
				"--spring.quartz.auto-startup=false", "--bridge.notifications.enabled=false",
				"--bridge.collection.drop-folder=target/production-it-drop", "--bridge.node.name=production-it"));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("mysql")
			.run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context, String property) {
		return context.getEnvironment().getRequiredProperty(property, Integer.class);
	}

	private static int soap(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "text/xml; charset=utf-8")
				.header("SOAPAction", "\"\"")
				.POST(HttpRequest.BodyPublishers.ofString("<soapenv:Envelope xmlns:soapenv="
						+ "\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body/></soapenv:Envelope>"))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static int occurrences(CapturedOutput output, String text) {
		return output.getAll().split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

}
