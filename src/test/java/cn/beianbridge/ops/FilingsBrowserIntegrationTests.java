package cn.beianbridge.ops;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium on MariaDB: an ADMIN searches a held filing, opens it, sees its people masked, unmasks them
 * with a reason (audited) and sees them in full on that page only; a VIEWER sees the same filing masked and no action
 * button. Writes the screenshot {@code ops-filing-detail}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FilingsBrowserIntegrationTests {

	private static final String APPLICANT_ID = FilingJson.residentId("310106", LocalDate.of(1990, 3, 7), 1);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_ops_filings", registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	FilingIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminSearchesOpensAndUnmasksAHeldFilingAndAViewerSeesItMasked() {
		IntakeResult held = intake.accept(aFirstFiling().inProvince("31").withConsoleFilingId("BROWSER-HELD-1").bytes(),
				IntakeSource.PUSH, "browser test");
		assertThat(held.outcome()).isEqualTo(IntakeResult.Outcome.HELD);

		try (Browser admin = Browser.open(port).signInAs("admin")) {
			admin.go("/ops/filings");
			admin.find(By.id("q")).sendKeys("BROWSER-HELD");
			admin.find(By.id("search-button")).click();
			admin.waitUntil(d -> admin.pageText().contains("1 filing(s)"), Duration.ofSeconds(10));
			admin.find(By.linkText("BROWSER-HELD-1")).click();
			admin.waitUntil(d -> d.getCurrentUrl().endsWith("/ops/filings/" + held.filingId()), Duration.ofSeconds(10));
			assertThat(admin.find(By.id("filing-state")).getText()).isEqualTo("HELD");
			assertThat(admin.find(By.id("hold-reasons")).getText()).isNotBlank();
			assertThat(admin.pageText()).contains("138****0001").doesNotContain(APPLICANT_ID, "13800000001");
			assertThat(admin.findAll(By.id("recheck"))).hasSize(1);
			assertThat(admin.find(By.id("cancel")).isEnabled()).isTrue();

			long audited = jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit WHERE action = 'filing.unmask'", Long.class);
			admin.find(By.id("unmask-reason")).sendKeys("customer called about the applicant's mobile");
			admin.find(By.id("unmask")).click();
			admin.waitUntil(d -> !d.findElements(By.id("unmasked-note")).isEmpty(), Duration.ofSeconds(10));
			assertThat(admin.pageText()).contains(APPLICANT_ID, "13800000001", "person1@example.cn");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit WHERE action = 'filing.unmask'", Long.class))
				.isEqualTo(audited + 1);
			admin.go("/ops/filings/" + held.filingId());
			assertThat(admin.pageText()).as("masked again on the next visit").doesNotContain(APPLICANT_ID);
			admin.screenshot("ops-filing-detail");
		}

		try (Browser viewer = Browser.open(port).signInAs("viewer")) {
			viewer.go("/ops/filings/" + held.filingId());
			assertThat(viewer.pageText()).contains("BROWSER-HELD-1", "138****0001")
				.doesNotContain(APPLICANT_ID, "13800000001");
			assertThat(viewer.findAll(By.cssSelector("main button"))).as("no action button for a VIEWER").isEmpty();
		}
	}

}
