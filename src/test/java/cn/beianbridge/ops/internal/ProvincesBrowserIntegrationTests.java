package cn.beianbridge.ops.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.support.Browser;
import cn.beianbridge.support.JobRunner;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance for provinces, in headless Chromium on MariaDB: the bureau refuses our password (msg_code
 * 5), the submit run blocks the province; a VIEWER sees it but no action button, and the API refuses the viewer's
 * lift; an OPERATOR sees it on the overview, lifts it on the page with a reason, and the next submit run sends the
 * filing. Screenshots: {@code ops-overview}, {@code ops-province-detail}.
 */
class ProvincesBrowserIntegrationTests extends SimulatedBureausTestSupport {

	private static final String PROVINCE = "61";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_ops_provinces", registry);
	}

	@Value("${server.port}")
	int port;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	List<ScheduledWork> works;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void anOperatorLiftsABlockTheBureauCausedAndTheNextRunSubmitsWhileAViewerCanOnlyLook() throws Exception {
		IntakeResult stored = intake.accept(aFirstFiling().inProvince(PROVINCE)
			.withConsoleFilingId("OPS-BLOCKED")
			.photoApprovedAt("2026-11-27T10:00:00+08:00")
			.bytes(), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		simulator.faults(PROVINCE).refuseUploads(1, 5);

		submit();

		assertThat(jdbc.queryForObject("SELECT msg_code FROM province_block WHERE province = ?", Integer.class, PROVINCE))
			.isEqualTo(5);
		assertThat(filings.find(stored.filingId()).orElseThrow().state()).isEqualTo(FilingState.BATCHED);

		try (Browser viewer = Browser.open(port).signInAs("viewer")) {
			viewer.go("/ops/provinces");
			assertThat(viewer.find(By.id("province-" + PROVINCE)).getText()).contains("msg_code 5");
			assertThat(viewer.findAll(By.tagName("button"))).extracting(button -> button.getText())
				.as("a viewer's only button signs out")
				.containsExactly("Sign out");
			viewer.go("/ops/provinces/" + PROVINCE);
			assertThat(viewer.findAll(By.cssSelector("form.lift, form.reconcile, a.sent"))).isEmpty();
		}
		assertThat(liftThroughTheApi("demo-viewer-token")).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province_block", Integer.class)).isEqualTo(1);

		try (Browser operator = Browser.open(port).signInAs("operator")) {
			operator.waitUntil(d -> d.findElement(By.id("provinces-blocked")).getText().equals("1"),
					Duration.ofSeconds(5));
			assertThat(operator.find(By.id("ov-" + PROVINCE)).getText()).contains("BLOCKED (msg_code 5)");
			operator.screenshot("ops-overview");

			operator.go("/ops/provinces/" + PROVINCE);
			operator.find(By.cssSelector("form.lift input[name=reason]")).sendKeys("password renewed at the bureau");
			operator.find(By.cssSelector("form.lift button")).click();
			operator.waitUntil(d -> !d.findElements(By.id("flash-done")).isEmpty(), Duration.ofSeconds(10));
			assertThat(operator.find(By.id("flash-done")).getText()).contains("block lifted, 1 file(s)");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province_block", Integer.class)).isZero();

			submit();

			assertThat(filings.find(stored.filingId()).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
			operator.go("/ops/provinces/" + PROVINCE);
			String file = operator.find(By.cssSelector("#upload-files tbody tr")).getText();
			assertThat(file).contains("ACCEPTED", "msg_code 5", "BLOCKED → BUILT", "msg_code 0");
			operator.screenshot("ops-province-detail");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit WHERE action = 'province.lift-block' "
				+ "AND actor = 'operator' AND reason = 'password renewed at the bureau'", Integer.class)).isEqualTo(1);
	}

	private void submit() throws Exception {
		new JobRunner(works, provinceJobs).run("submit");
	}

	private int liftThroughTheApi(String token) throws Exception {
		HttpRequest lift = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/ops/v1/provinces/" + PROVINCE + "/lift-block"))
			.header("Authorization", "Bearer " + token)
			.header(IdempotencyFilter.HEADER, "browser-test-viewer-lift")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"viewer tries\"}"))
			.build();
		return HttpClient.newHttpClient().send(lift, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
