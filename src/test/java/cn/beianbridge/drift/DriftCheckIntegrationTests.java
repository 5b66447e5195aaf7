package cn.beianbridge.drift;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.simulator.bureau.SimulatedRegister;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.JobRunner;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.SimulatedBureausTestSupport;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bureau's status service says against what we show, over real SOAP with the simulated bureaus (their
 * register changed by hand where the bureau must know better than we do), with the default settings on a clock the
 * tests move: the nightly drift check's findings and alerts, and the answer a review past its limit gets.
 */
class DriftCheckIntegrationTests extends SimulatedBureausTestSupport {

	@TestConfiguration
	static class StoppedClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			// whole seconds: H2 rounds a DATETIME(6) to the microsecond, which could put a stored "now" after now
			return new MutableClock(TestClock.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

	@Autowired
	MutableClock clock;

	@Autowired
	FilingIntake intake;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	Filings filings;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	SimulatedRegister register;

	@Autowired
	BureauGateway gateway;

	@Autowired
	DriftFindings findings;

	@Autowired
	Notifications notifications;

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
	void aDomainTheBureauDoesNotShowAsWeDoIsFoundAndAlertedOnceAndClearedWhenACheckAgrees() throws Exception {
		long filed = approvedThroughTheBureau("37", "DRIFT-FILED");
		long other = approvedThroughTheBureau("37", "DRIFT-OTHER");
		String filedDomain = domainOf("DRIFT-FILED");
		String ourNumber = websiteNumber(filed);
		// approved here by hand: the bureau has never filed it
		long neverFiled = submitted("37", "DRIFT-NEVER", false);
		approvedByHand(neverFiled, "鲁ICP备2026999001号", "鲁ICP备2026999001号-1");

		runDriftCheck();

		assertThat(findings.open("37", 100)).singleElement().satisfies(finding -> {
			assertThat(finding.domain()).isEqualTo(domainOf("DRIFT-NEVER"));
			assertThat(finding.consoleFilingId()).isEqualTo("DRIFT-NEVER");
			assertThat(finding.ourIcpNumber()).isEqualTo("鲁ICP备2026999001号-1");
			assertThat(finding.bureauIcpNumber()).isNull();
			assertThat(finding.bureauAnswer()).contains("not filed");
		});
		assertThat(driftAlerts("DRIFT-NEVER")).singleElement().satisfies(alert -> {
			assertThat(alert.subject()).isEqualTo("[beian-bridge] 备案状态不一致：" + domainOf("DRIFT-NEVER") + "（山东）");
			assertThat(alert.body()).contains("鲁ICP备2026999001号-1").contains("not filed");
		});
		assertThat(driftAlerts("DRIFT-FILED")).isEmpty();
		assertThat(driftAlerts("DRIFT-OTHER")).isEmpty();

		// the next night: still not filed, still one finding and one alert
		clock.advance(Duration.ofDays(1));
		runDriftCheck();
		assertThat(findings.ofDomain(domainOf("DRIFT-NEVER"))).singleElement()
			.satisfies(finding -> assertThat(finding.lastCheckedAt()).isEqualTo(clock.instant()));
		assertThat(driftAlerts("DRIFT-NEVER")).hasSize(1);

		// the bureau cancels a website we still show as filed
		assertThat(register.removeDomain(filedDomain)).isTrue();
		clock.advance(Duration.ofDays(1));
		runDriftCheck();
		assertThat(findings.open("37", 100)).extracting(DriftFinding::domain)
			.containsExactly(domainOf("DRIFT-NEVER"), filedDomain);
		assertThat(driftAlerts("DRIFT-FILED")).hasSize(1);

		// it files the domain again, under the other website
		register.fileDomain(filedDomain, websiteNumber(other));
		clock.advance(Duration.ofDays(1));
		runDriftCheck();
		assertThat(findings.ofDomain(filedDomain)).singleElement().satisfies(finding -> {
			assertThat(finding.open()).isTrue();
			assertThat(finding.bureauIcpNumber()).isEqualTo(websiteNumber(other));
			assertThat(finding.bureauAnswer()).contains("filed as " + websiteNumber(other)).contains(ourNumber);
		});
		assertThat(driftAlerts("DRIFT-FILED")).as("the same finding: no second alert").hasSize(1);

		// and back under ours: the check agrees, the finding is cleared
		register.fileDomain(filedDomain, ourNumber);
		clock.advance(Duration.ofDays(1));
		runDriftCheck();
		assertThat(findings.open("37", 100)).extracting(DriftFinding::domain).containsExactly(domainOf("DRIFT-NEVER"));
		assertThat(findings.ofDomain(filedDomain)).singleElement()
			.satisfies(finding -> assertThat(finding.clearedAt()).isEqualTo(clock.instant()));
		assertThat(findings.openByProvince()).containsEntry("37", 1L);

		// cancelled again later: a new finding, alerted again
		register.removeDomain(filedDomain);
		clock.advance(Duration.ofDays(1));
		runDriftCheck();
		assertThat(findings.ofDomain(filedDomain)).hasSize(2);
		assertThat(driftAlerts("DRIFT-FILED")).hasSize(2);
	}

	@Test
	void aBureauThatDoesNotAnswerMakesNoFindingAndTheCheckGoesOn() throws Exception {
		long filed = approvedThroughTheBureau("50", "DRIFT-QUIET-1");
		approvedThroughTheBureau("50", "DRIFT-QUIET-2");
		register.removeDomain(domainOf("DRIFT-QUIET-1"));
		register.removeDomain(domainOf("DRIFT-QUIET-2"));
		// the first domain's question and both redeliveries meet SOAP faults; the second is answered
		simulator.faults("50").soapFaults(3);

		runDriftCheck();

		assertThat(findings.ofDomain(domainOf("DRIFT-QUIET-1"))).as("no answer is no finding").isEmpty();
		assertThat(findings.open("50", 10)).extracting(DriftFinding::domain).containsExactly(domainOf("DRIFT-QUIET-2"));
		assertThat(filings.find(filed).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
	}

	@Test
	void aReviewPastItsLimitThatTheBureauShowsFiledIsApprovedWithItsNumbersAndTheOperatorsAreToldOnce()
			throws Exception {
		long id = submitted("41", "OVERDUE-LOST", true);
		// the bureau decides (the simulator reviews at a download) but its files never reach us
		gateway.call("41", new BureauCall.Download());
		jdbc.update("delete from sim_download where province = '41'");
		String bureauNumber = jdbc.queryForObject("select website_icp_number from sim_filed_domain where domain = ?",
				String.class, domainOf("OVERDUE-LOST"));

		clock.advance(Duration.ofDays(60));
		runReviewWatch();
		runReviewWatch();

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(websiteNumber(id)).isEqualTo(bureauNumber);
		HistoryEntry last = filings.history(id).get(filings.history(id).size() - 1);
		assertThat(last.cause()).contains("isp_querybeianstatus shows it filed").contains(bureauNumber);
		assertThat(filings.events("OVERDUE-LOST")).filteredOn(e -> e.contains("\"APPROVED\"")).hasSize(1);
		assertThat(overdueAlerts("OVERDUE-LOST")).singleElement().satisfies(alert -> assertThat(alert.body())
			.contains("lost in the download").contains(bureauNumber).contains("business licence is filed as"));
	}

	@Test
	void aReviewPastItsLimitThatTheBureauDoesNotKnowIsFlaggedSayingSoOnce() throws Exception {
		long id = submitted("42", "OVERDUE-UNKNOWN", true);

		clock.advance(Duration.ofDays(60));
		runReviewWatch();
		runReviewWatch();

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(filings.events("OVERDUE-UNKNOWN")).filteredOn(e -> e.contains("\"REVIEW_OVERDUE\"")).hasSize(1);
		assertThat(overdueAlerts("OVERDUE-UNKNOWN")).singleElement().satisfies(alert -> assertThat(alert.body())
			.contains("still in review at the bureau, or unknown to it")
			.contains(domainOf("OVERDUE-UNKNOWN"))
			.contains("the entity's business licence is not filed at the bureau"));
	}

	private void runDriftCheck() throws Exception {
		// a firing is a run of its own only at a time of its own (the clock stands still between the tests' moves)
		clock.advance(Duration.ofSeconds(1));
		new JobRunner(works, provinceJobs).run("drift-check");
	}

	private void runReviewWatch() throws Exception {
		new JobRunner(works, provinceJobs).run("review-watch");
	}

	/** Submitted, decided by the simulated bureau and downloaded: approved with the bureau's numbers. */
	private long approvedThroughTheBureau(String province, String consoleFilingId) throws Exception {
		long id = submitted(province, consoleFilingId, true);
		downloader.download(province);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		return id;
	}

	private long submitted(String province, String consoleFilingId, boolean toTheBureau) throws Exception {
		ObjectNode filing = aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).build();
		ObjectNode website = (ObjectNode) filing.get("websites").get(0);
		((ArrayNode) website.get("domains")).removeAll().add(domainOf(consoleFilingId));
		website.put("homeUrl", "www." + domainOf(consoleFilingId));
		IntakeResult stored = intake.accept(FilingJson.MAPPER.writeValueAsBytes(filing), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		if (toTheBureau) {
			simulator.forceNext(province, Decision.APPROVE);
			assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		}
		return stored.filingId();
	}

	private void approvedByHand(long id, String entityNumber, String websiteNumber) {
		transitions.batched(List.of(id), "test", "test");
		transitions.submitted(List.of(id), "test", "test");
		long websiteId = numbers.of(id).orElseThrow().websites().get(0).websiteId();
		transitions.approved(id, filings.find(id).orElseThrow().province(), entityNumber,
				Map.of(websiteId, websiteNumber), "test", "approved where the bureau never saw it");
	}

	private String websiteNumber(long filingId) {
		return jdbc.queryForObject("select approved_icp_number from website where filing_id = ?", String.class,
				filingId);
	}

	private List<NotificationRecord> driftAlerts(String consoleFilingId) {
		return notifications.forFiling(consoleFilingId).stream()
			.filter(n -> n.kind() == NotificationKind.DOMAIN_DRIFT)
			.toList();
	}

	private List<NotificationRecord> overdueAlerts(String consoleFilingId) {
		return notifications.forFiling(consoleFilingId).stream()
			.filter(n -> n.kind() == NotificationKind.REVIEW_OVERDUE)
			.toList();
	}

	private static String domainOf(String consoleFilingId) {
		return consoleFilingId.toLowerCase(Locale.ROOT) + ".cn";
	}

}
