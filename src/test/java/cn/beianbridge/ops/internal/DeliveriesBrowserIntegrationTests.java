package cn.beianbridge.ops.internal;

import java.time.Duration;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.Browser;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance of the dead events (issue 12): the console refuses two events until they are DEAD; an ADMIN runs
 * the bulk re-delivery from the deliveries page (the dry run's count, a reason and that count confirmed), sees the run
 * finish with a result per event, and the next sync run delivers them. A VIEWER sees no button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeliveriesBrowserIntegrationTests {

	static final FakeConsole console = new FakeConsole();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("deliveries_browser", registry);
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.sync.max-attempts", () -> 1);
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	FilingIntake intake;

	@Autowired
	ProducerTemplate camel;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminRedeliversEveryDeadEventInBulkAndTheNextSyncDeliversThem() {
		console.wireMock().stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400).withBody("unknown filing")));
		heldFiling("BR-1");
		heldFiling("BR-2");
		sync();
		assertThat(statuses()).containsExactly("DEAD", "DEAD");

		try (Browser viewer = Browser.open(port).signInAs("viewer")) {
			viewer.go("/ops/deliveries?kind=event&status=DEAD");
			assertThat(viewer.find(By.id("count")).getText()).isEqualTo("2");
			assertThat(viewer.pageText()).contains("BR-1").contains("unknown filing");
			assertThat(viewer.findAll(By.id("bulk"))).as("no bulk button for a VIEWER").isEmpty();
			assertThat(viewer.findAll(By.cssSelector("form.redeliver"))).as("no re-deliver button").isEmpty();
		}

		try (Browser admin = Browser.open(port).signInAs("admin")) {
			admin.go("/ops/deliveries?kind=event&status=DEAD");
			admin.find(By.id("bulk")).click();
			admin.waitUntil(d -> d.getCurrentUrl().contains("/ops/bulk/dry-run"), Duration.ofSeconds(10));
			assertThat(admin.find(By.id("dry-run-count")).getText()).isEqualTo("2");
			assertThat(admin.findAll(By.cssSelector("#sample li"))).hasSize(2);
			assertThat(statuses()).as("the dry run changes nothing").containsExactly("DEAD", "DEAD");

			admin.find(By.id("reason")).sendKeys("the console knows these filings now");
			admin.find(By.id("expected-count")).sendKeys("2");
			admin.find(By.id("run")).click();
			admin.waitUntil(d -> d.findElement(By.id("run-status")).getText().equals("DONE"), Duration.ofSeconds(20));
			List<WebElement> items = admin.findAll(By.cssSelector("#items tbody tr"));
			assertThat(items).hasSize(2).allSatisfy(row -> assertThat(row.getText()).contains("DONE"));
			assertThat(admin.find(By.id("run-counts")).getText()).isEqualTo("2 done, 0 skipped, 0 failed of 2");
			admin.screenshot("ops-bulk-run");
		}

		assertThat(statuses()).containsExactly("PENDING", "PENDING");
		console.wireMock().resetAll();
		console.wireMock().stubFor(post(anyUrl()).willReturn(ok()));
		sync();
		assertThat(statuses()).containsExactly("DELIVERED", "DELIVERED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit WHERE action = 'bulk.events.redeliver' "
				+ "AND dry_run_count = 2 AND actor = 'admin'", Integer.class)).isEqualTo(1);
	}

	private void heldFiling(String consoleFilingId) {
		IntakeResult result = intake.accept(
				FilingJson.aFirstFiling().inProvince("31").withConsoleFilingId(consoleFilingId).build(),
				IntakeSource.CONSOLE, "test");
		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.HELD);
	}

	private void sync() {
		camel.requestBody("direct:sync-console", (Object) null);
	}

	private List<String> statuses() {
		return jdbc.queryForList("SELECT delivery_status FROM filing_event ORDER BY id", String.class);
	}

}
