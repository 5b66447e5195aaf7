package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.support.Browser;
import cn.beianbridge.support.LeftRuns;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.OtherNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As ADMIN in the browser, on MariaDB: a submit run left STARTED by a process that was killed (its node's
 * incarnation dead in {@code cluster_node}) is recovered and restarted from its page, and the restart completes with
 * the provinces the dead run had not finished. Writes the screenshot {@code ops-job-detail}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JobsBrowserIntegrationTests {

	private static final Pattern RESTARTED_AS = Pattern.compile("restarted as execution (\\d+)");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_jobs_browser", registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JobRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ProvinceJobs provinceJobs;

	@AfterEach
	void idle() throws InterruptedException {
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void anAdminRecoversAKilledProcesssRunAndRestartsItUntilItCompletes() {
		OtherNode killed = OtherNode.running(jdbc, clock, "node-killed");
		JobExecution left = new LeftRuns(repository).leftRunning(killed.incarnation(), "11");
		killed.diedAgo(Duration.ofMinutes(5));

		try (Browser browser = Browser.open(port).signInAs("admin")) {
			browser.go("/ops/jobs?status=STARTED&job=submit");
			browser.find(By.cssSelector("#job-" + left.getId() + " a")).click();
			assertThat(browser.find(By.id("status")).getText()).isEqualTo("STARTED");
			assertThat(browser.find(By.id("node")).getText()).contains(killed.incarnation()).contains("dead");
			assertThat(button("restart", browser).getAttribute("title")).isEqualTo("running on a dead node: recover it first");

			act(browser, "recover", "the host of node-killed was lost");
			assertThat(browser.find(By.id("flash-done")).getText()).contains("recovered: FAILED");
			assertThat(browser.find(By.id("status")).getText()).isEqualTo("FAILED");

			act(browser, "restart", "run the provinces it had not finished");
			Matcher restarted = RESTARTED_AS.matcher(browser.find(By.id("flash-done")).getText());
			assertThat(restarted.find()).isTrue();
			browser.go("/ops/jobs/" + restarted.group(1));
			browser.waitUntil(driver -> {
				driver.navigate().refresh();
				return "COMPLETED".equals(driver.findElement(By.id("status")).getText());
			}, Duration.ofSeconds(60));

			assertThat(browser.find(By.id("node")).getText()).contains("alive");
			assertThat(browser.findAll(By.id("step-submitProvince:province-11"))).as("Beijing was done").isEmpty();
			assertThat(browser.find(By.id("step-submitProvince:province-12")).getText()).contains("COMPLETED");
			browser.screenshot("ops-job-detail");
		}
		assertThat(jdbc.queryForList("SELECT action FROM ops_audit WHERE target = ? ORDER BY id", String.class,
				"job-execution:" + left.getId())).containsExactly("job.recover", "job.restart");
	}

	private static WebElement button(String action, Browser browser) {
		return browser.find(By.cssSelector("#" + action + " button"));
	}

	private static void act(Browser browser, String action, String reason) {
		browser.find(By.cssSelector("#" + action + " input[name=reason]")).sendKeys(reason);
		button(action, browser).click();
		browser.waitUntil(driver -> !driver.findElements(By.id("flash-done")).isEmpty()
				|| !driver.findElements(By.id("flash-refused")).isEmpty(), Duration.ofSeconds(10));
		assertThat(browser.findAll(By.id("flash-refused"))).as("refused: %s", browser.pageText()).isEmpty();
	}

}
