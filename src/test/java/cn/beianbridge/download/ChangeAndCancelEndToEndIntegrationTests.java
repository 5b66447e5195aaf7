package cn.beianbridge.download;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledDomains;
import cn.beianbridge.filing.FiledDomains.FiledDomain;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aCancellation;
import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer's change and cancellation the whole way on MariaDB: intake, the submit run's BGBA/ZXBA file, the
 * simulated bureau's review, the download of its Czlx 4/7 result, and what the console, the customer and what we show
 * as filed then hold. No step is stood in for: the other tests of issue 13 take each step apart.
 */
@TestPropertySource(properties = { "bridge.intake.change-and-cancel.enabled=true",
		"bridge.notifications.enabled=true", "bridge.notifications.poll-interval=100ms" })
class ChangeAndCancelEndToEndIntegrationTests extends SimulatedBureausTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_change_e2e", registry);
	}

	@Autowired
	FilingIntake intake;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	FiledDomains filedDomains;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	SimulatorApprovals approvals;

	@BeforeEach
	void approvalsBySimulator() {
		approvals = new SimulatorApprovals(intake, submitter, downloader, simulator, filings, jdbc);
	}

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void aChangeApprovedBecomesWhatIsFiledWhileASecondChangeWaitsForItsDecision() throws Exception {
		long first = approvals.approved("44", "E2E-CHG", aFirstFiling().domains("e2e-kept.cn"));
		FiledNumbers filed = numbers.of(first).orElseThrow();
		long change = stored(change("44", "E2E-CHG-1", filed, "e2e-kept.cn", "e2e-added.cn"));
		long second = stored(change("44", "E2E-CHG-2", filed, "e2e-kept.cn", "e2e-added.cn", "e2e-later.cn"));

		simulator.forceNext("44", Decision.APPROVE);
		assertThat(submitter.submit("44").filingsSubmitted()).as("the first change only").isEqualTo(1);
		assertThat(filings.find(second).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		assertThat(filings.history(second)).filteredOn(entry -> entry.cause().contains("waits for E2E-CHG-1"))
			.hasSize(1);
		assertThat(sentOperations("44")).containsExactly("XZBA", "BGBA");

		downloader.download("44");

		assertThat(filings.find(change).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		JsonNode approved = approvals.lastEvent("E2E-CHG-1");
		assertThat(approved.get("type").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("entityIcpNumber").asText()).isEqualTo(filed.entityIcpNumber());
		assertThat(filedDomains.after("44", 0, 10_000)).filteredOn(d -> d.consoleFilingId().startsWith("E2E-CHG"))
			.extracting(FiledDomain::domain).containsExactlyInAnyOrder("e2e-kept.cn", "e2e-added.cn");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> kinds("E2E-CHG-1").contains(NotificationKind.FILING_APPROVED));
		assertThat(approvals.quarantined("44")).isZero();

		// decided: the second change goes in the next run
		simulator.forceNext("44", Decision.REJECT);
		assertThat(submitter.submit("44").filingsSubmitted()).isEqualTo(1);
		downloader.download("44");
		assertThat(filings.find(second).orElseThrow().state()).as("the bureau rejected it")
			.isEqualTo(FilingState.REJECTED);
		assertThat(filedDomains.after("44", 0, 10_000)).filteredOn(d -> d.consoleFilingId().startsWith("E2E-CHG"))
			.extracting(FiledDomain::domain).as("a rejected change leaves what is filed")
			.containsExactlyInAnyOrder("e2e-kept.cn", "e2e-added.cn");
	}

	@Test
	void aWebsiteCancellationApprovedRetiresItsNumberAndTellsTheConsoleAndTheCustomerOnce() throws Exception {
		long first = approvals.approved("45", "E2E-ZX", aFirstFiling().withWebsites(2));
		FiledNumbers filed = numbers.of(first).orElseThrow();
		String cancelled = filed.websites().get(1).icpNumber();
		ObjectNode json = aCancellation("WEBSITE").put("province", "45").put("consoleFilingId", "E2E-ZX-REQ");
		((ObjectNode) json.get("cancellation")).put("icpNumber", cancelled);
		long cancel = stored(FilingJson.MAPPER.writeValueAsBytes(json));

		simulator.forceNext("45", Decision.APPROVE);
		assertThat(submitter.submit("45").filingsSubmitted()).isEqualTo(1);
		assertThat(sentOperations("45")).containsExactly("XZBA", "ZXBA");
		downloader.download("45");

		assertThat(filings.find(cancel).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.find(first).orElseThrow().state()).as("its other website stays filed")
			.isEqualTo(FilingState.APPROVED);
		FiledNumbers after = numbers.of(first).orElseThrow();
		assertThat(after.websites()).extracting(FiledNumbers.WebsiteNumber::icpNumber)
			.containsExactly(filed.websites().get(0).icpNumber(), null);
		JsonNode event = approvals.lastEvent("E2E-ZX");
		assertThat(event.get("type").asText()).isEqualTo("CANCELLED");
		assertThat(event.get("cancelledBy").asText()).isEqualTo("CUSTOMER");
		assertThat(event.get("scope").asText()).isEqualTo("WEBSITE");
		assertThat(SimulatorApprovals.texts(event.get("retiredIcpNumbers"))).containsExactly(cancelled);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> kinds("E2E-ZX").contains(NotificationKind.FILING_CANCELLED_ON_REQUEST));

		// the result again (a file the bureau sends once more): nothing more for anyone
		int events = filings.events("E2E-ZX").size() + filings.events("E2E-ZX-REQ").size();
		long told = kinds("E2E-ZX").stream().filter(NotificationKind.FILING_CANCELLED_ON_REQUEST::equals).count();
		jdbc.update("update sim_download set acknowledged_at = null where province = '45'");
		downloader.download("45");
		assertThat(filings.events("E2E-ZX").size() + filings.events("E2E-ZX-REQ").size()).isEqualTo(events);
		assertThat(kinds("E2E-ZX")).filteredOn(NotificationKind.FILING_CANCELLED_ON_REQUEST::equals).hasSize((int) told);
	}

	@Test
	void anEntityCancellationApprovedTakesTheEntityWithAllItsWebsitesAndClosesWhatWasStillOpenOnIt() throws Exception {
		long first = approvals.approved("46", "E2E-ZXE", aFirstFiling().withWebsites(2));
		FiledNumbers filed = numbers.of(first).orElseThrow();
		ObjectNode json = aCancellation("ENTITY").put("province", "46").put("consoleFilingId", "E2E-ZXE-REQ");
		((ObjectNode) json.get("cancellation")).put("icpNumber", filed.entityIcpNumber())
			.put("filingPasswordMd5", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);
		long cancel = stored(FilingJson.MAPPER.writeValueAsBytes(json));

		simulator.forceNext("46", Decision.APPROVE);
		assertThat(submitter.submit("46").filingsSubmitted()).isEqualTo(1);
		assertThat(sentOperations("46")).containsExactly("XZBA", "ZXBA");
		downloader.download("46");

		assertThat(filings.find(cancel).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		FiledNumbers after = numbers.of(first).orElseThrow();
		assertThat(after.entityIcpNumber()).isNull();
		assertThat(after.websites()).allSatisfy(website -> assertThat(website.icpNumber()).isNull());
		JsonNode event = approvals.lastEvent("E2E-ZXE");
		assertThat(event.get("cancelledBy").asText()).isEqualTo("CUSTOMER");
		assertThat(event.get("scope").asText()).isEqualTo("ENTITY");
		assertThat(SimulatorApprovals.texts(event.get("retiredIcpNumbers"))).containsExactlyInAnyOrder(
				filed.entityIcpNumber(), filed.websites().get(0).icpNumber(), filed.websites().get(1).icpNumber());
		assertThat(filedDomains.after("46", 0, 10_000)).extracting(FiledDomain::consoleFilingId)
			.doesNotContain("E2E-ZXE");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> kinds("E2E-ZXE").contains(NotificationKind.FILING_CANCELLED_ON_REQUEST));
	}

	@Test
	void anAccessCancellationApprovedLeavesTheSiteFiledAndOnlyStopsOurServingIt() throws Exception {
		long first = approvals.approved("50", "E2E-ZXA", aFirstFiling());
		FiledNumbers filed = numbers.of(first).orElseThrow();
		ObjectNode json = aCancellation("ACCESS").put("province", "50").put("consoleFilingId", "E2E-ZXA-REQ");
		((ObjectNode) json.get("cancellation")).put("icpNumber", filed.websites().get(0).icpNumber());
		long cancel = stored(FilingJson.MAPPER.writeValueAsBytes(json));
		int operatorAlerts = customerCancellationAlerts();

		simulator.forceNext("50", Decision.APPROVE);
		assertThat(submitter.submit("50").filingsSubmitted()).isEqualTo(1);
		downloader.download("50");

		assertThat(filings.find(cancel).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(numbers.of(first).orElseThrow()).as("the site stays filed, with another provider").isEqualTo(filed);
		JsonNode event = approvals.lastEvent("E2E-ZXA");
		assertThat(event.get("cancelledBy").asText()).isEqualTo("CUSTOMER");
		assertThat(event.get("scope").asText()).isEqualTo("ACCESS");
		assertThat(event.get("retiredIcpNumbers")).isEmpty();
		assertThat(customerCancellationAlerts()).as("the operators told to cut the site off, once")
			.isEqualTo(operatorAlerts + 1);
	}

	private int customerCancellationAlerts() {
		return jdbc.queryForObject("select count(*) from notification where kind = 'CUSTOMER_CANCELLATION'",
				Integer.class);
	}

	/** A CHANGE of the approved entity and its first website with these domains, with the bureau's password. */
	private static byte[] change(String province, String consoleFilingId, FiledNumbers filed, String... domains)
			throws Exception {
		ObjectNode json = aChange().inProvince(province).withConsoleFilingId(consoleFilingId).domains(domains).build()
			.put("filingPasswordMd5", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);
		((ObjectNode) json.get("entity")).put("icpNumber", filed.entityIcpNumber());
		((ObjectNode) ((ArrayNode) json.get("websites")).get(0)).put("icpNumber", filed.websites().get(0).icpNumber());
		return FilingJson.MAPPER.writeValueAsBytes(json);
	}

	private long stored(byte[] json) {
		IntakeResult result = intake.accept(json, IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	/** The operation of each file the simulated bureau received from the province, in order. */
	private List<String> sentOperations(String province) {
		return jdbc.queryForList("select operation from sim_upload where province = ? order by data_sequence",
				String.class, province);
	}

	private List<NotificationKind> kinds(String consoleFilingId) {
		return notifications.forFiling(consoleFilingId).stream().map(NotificationRecord::kind).toList();
	}

}
