package cn.beianbridge;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingCensus;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.support.BureauEventSchema;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.JobRunner;
import cn.beianbridge.support.FakeSmsGateway;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole life of filings on MariaDB, through the entry points the scheduler uses (the {@link ScheduledWork} of
 * each job): collected from a console played by WireMock, submitted to the simulated bureaus over SOAP, decided
 * there (approved, rejected, refused), downloaded, synced back to the console exactly once per event, and the
 * customers notified exactly once per event by SMS and email, even when the bureau sends its results again.
 */
class ResultsEndToEndIntegrationTests extends SimulatedBureausTestSupport {

	static final FakeConsole console = new FakeConsole();

	static final FakeSmsGateway sms = new FakeSmsGateway();

	static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	static final String BUREAU_EVENTS = "/api/v1/filings/.*/bureau-events";

	@DynamicPropertySource
	static void databaseAndConsole(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_results", registry);
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.console.token", () -> "it-console-token");
		// the customers hear of it too: SMS gateway (WireMock) and a real SMTP server (GreenMail)
		registry.add("bridge.notifications.enabled", () -> true);
		registry.add("bridge.notifications.poll-interval", () -> "200ms");
		registry.add("bridge.sms.base-url", sms::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
		sms.stop();
	}

	@Autowired
	List<ScheduledWork> works;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notifications notifications;

	@Test
	void filingsAreCollectedSubmittedDecidedSyncedBackAndNotifiedExactlyOnce() throws Exception {
		console.page("", "p1", filing("E2E-APPROVE", "33", "茶叶官网"), filing("E2E-REJECT", "44", "驳回示例官网"),
				filing("E2E-REFUSE", "11", "家具官网"),
				// Shanghai verifies in the bureau's app: a backdrop photo breaks its rule, the filing is held
				filing("E2E-HELD", "31", "设计官网"));
		console.page("p1", "p1");
		console.wireMock().stubFor(post(urlPathMatching(BUREAU_EVENTS)).willReturn(ok()));
		simulator.resetAll();
		simulator.forceNext("11", Decision.REFUSE, 1020);

		// as the scheduler fires them: sync runs every few seconds between the others
		run("collect");
		run("sync");
		run("submit");
		run("sync");
		run("download");
		run("sync");
		run("lifecycle-summary");

		assertDecided();
		assertCensus();
		Map<String, List<String>> sent = assertEachEventPostedOnceInOrder();
		assertThat(sent).isEqualTo(Map.of("E2E-APPROVE", List.of("SUBMITTED", "APPROVED"), "E2E-REJECT",
				List.of("SUBMITTED", "REJECTED"), "E2E-REFUSE", List.of("SUBMITTED", "REFUSED"), "E2E-HELD",
				List.of("HELD")));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from notification where status <> 'SENT'", Integer.class) == 0
				&& smtp.getReceivedMessages().length == 12);
		Map<String, List<String>> notified = assertEachPersonNotifiedOnce();

		// the bureau sends every result file again (as if our acknowledgements were lost); sync keeps running
		jdbc.update("update sim_download set acknowledged_at = null");
		run("download");
		run("sync");
		run("collect");
		run("sync");

		assertDecided();
		assertCensus();
		assertThat(assertEachEventPostedOnceInOrder()).isEqualTo(sent);
		Thread.sleep(1_000);
		assertThat(assertEachPersonNotifiedOnce()).isEqualTo(notified);
	}

	/**
	 * The entity's and the website's responsible person each got one SMS and one email per event that concerns
	 * them (submitted, then the decision); the held filing none: 12 SMS (one per outId) and 12 mails.
	 *
	 * @return per console filing, the SMS template codes sent, in order
	 */
	private Map<String, List<String>> assertEachPersonNotifiedOnce() {
		List<JsonNode> texts = sms.received();
		assertThat(texts).hasSize(12);
		assertThat(texts.stream().collect(Collectors.groupingBy(r -> r.get("outId").asText(), Collectors.counting())))
			.hasSize(12).allSatisfy((outId, count) -> assertThat(count).isOne());
		assertThat(texts).extracting(r -> r.get("phoneNumbers").asText()).containsOnly("13800000001", "13700000002");
		assertThat(smtp.getReceivedMessages()).hasSize(12);
		assertThat(jdbc.queryForObject("select count(*) from notification where status = 'SENT'", Integer.class))
			.isEqualTo(24);
		Map<String, List<String>> codes = new LinkedHashMap<>();
		for (String id : List.of("E2E-APPROVE", "E2E-REJECT", "E2E-REFUSE", "E2E-HELD")) {
			// the recipient is sealed at rest: read through the module, which opens it
			codes.put(id, notifications.forFiling(id).stream()
				.filter(n -> n.channel() == Channel.SMS && "13800000001".equals(n.recipient()))
				.sorted(Comparator.comparingLong(NotificationRecord::id))
				.map(NotificationRecord::templateCode)
				.toList());
		}
		assertThat(codes).isEqualTo(Map.of("E2E-APPROVE", List.of("SMS_BEIAN_SUBMITTED", "SMS_BEIAN_APPROVED"),
				"E2E-REJECT", List.of("SMS_BEIAN_SUBMITTED", "SMS_BEIAN_REJECTED"), "E2E-REFUSE",
				List.of("SMS_BEIAN_SUBMITTED", "SMS_BEIAN_REFUSED"), "E2E-HELD", List.of()));
		return codes;
	}

	/** What the lifecycle summary tells the operator, counted on MariaDB. */
	private void assertCensus() {
		FilingCensus census = filings.census();
		assertThat(census.filings()).isEqualTo(Map.of(FilingState.APPROVED, 1L, FilingState.REJECTED, 1L,
				FilingState.REFUSED, 1L, FilingState.HELD, 1L));
		assertThat(census.events()).isEqualTo(Map.of("DELIVERED", 7L));
		assertThat(census.reviewOverdue() + census.deadlineMissed() + census.rejectedInputs()).isZero();
	}

	private void assertDecided() {
		FilingSummary approved = filings.findByConsoleFilingId("E2E-APPROVE").orElseThrow();
		assertThat(approved.state()).isEqualTo(FilingState.APPROVED);
		assertThat(journey(approved)).containsExactly(FilingState.RECEIVED, FilingState.BATCHED, FilingState.SUBMITTED,
				FilingState.APPROVED);
		FiledNumbers filed = numbers.of(approved.id()).orElseThrow();
		assertThat(IcpNumber.parse(filed.entityIcpNumber()))
			.hasValueSatisfying(n -> assertThat(n.toString()).startsWith("浙"));
		assertThat(filed.websites()).singleElement()
			.satisfies(w -> assertThat(IcpNumber.parse(w.icpNumber())).hasValueSatisfying(n -> assertThat(
					n.isWebsiteNumber()).isTrue()));
		JsonNode approval = event("E2E-APPROVE", "APPROVED");
		assertThat(approval.path("entityIcpNumber").asText()).isEqualTo(filed.entityIcpNumber());
		assertThat(approval.at("/websites/0/icpNumber").asText()).isEqualTo(filed.websites().get(0).icpNumber());

		FilingSummary rejected = filings.findByConsoleFilingId("E2E-REJECT").orElseThrow();
		assertThat(rejected.state()).isEqualTo(FilingState.REJECTED);
		assertThat(journey(rejected)).endsWith(FilingState.SUBMITTED, FilingState.REJECTED);
		JsonNode rejection = event("E2E-REJECT", "REJECTED");
		assertThat(rejection.at("/reasons/0/text").asText()).contains("驳回示例官网");
		assertThat(rejection.path("reviewer").asText()).isNotBlank();
		assertThat(rejection.path("reviewedOn").asText()).isNotBlank();

		FilingSummary refused = filings.findByConsoleFilingId("E2E-REFUSE").orElseThrow();
		assertThat(refused.state()).isEqualTo(FilingState.REFUSED);
		assertThat(journey(refused)).endsWith(FilingState.SUBMITTED, FilingState.REFUSED);
		JsonNode refusal = event("E2E-REFUSE", "REFUSED");
		assertThat(refusal.at("/reasons/0/code").asText()).isEqualTo("1020");
		assertThat(refusal.at("/reasons/0/text").asText()).contains("网站名称冲突");

		assertThat(filings.findByConsoleFilingId("E2E-HELD").orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine", Integer.class)).isZero();
	}

	/**
	 * Every event of the outbox reached the console in exactly one POST (counted by Idempotency-Key), as the
	 * contract describes it, and is marked delivered.
	 *
	 * @return per console filing, the event types in the order the console received them
	 */
	private Map<String, List<String>> assertEachEventPostedOnceInOrder() throws Exception {
		List<LoggedRequest> posts = console.wireMock().findAll(postRequestedFor(urlPathMatching(BUREAU_EVENTS)));
		Map<String, Long> postsPerKey = posts.stream()
			.collect(Collectors.groupingBy(r -> r.getHeader("Idempotency-Key"), Collectors.counting()));
		List<String> outbox = jdbc.queryForList("select event_id from filing_event", String.class);
		assertThat(postsPerKey.keySet()).containsExactlyInAnyOrderElementsOf(outbox);
		assertThat(postsPerKey).allSatisfy((key, count) -> assertThat(count).as("POSTs of event %s", key).isOne());
		assertThat(jdbc.queryForList("select distinct delivery_status from filing_event", String.class))
			.containsExactly("DELIVERED");

		Map<String, List<String>> typesPerFiling = new LinkedHashMap<>();
		for (LoggedRequest post : posts) {
			JsonNode event = FilingJson.MAPPER.readTree(post.getBodyAsString());
			assertThat(BureauEventSchema.violations(event)).as(event.toString()).isEmpty();
			assertThat(event.path("eventId").asText()).isEqualTo(post.getHeader("Idempotency-Key"));
			assertThat(post.getUrl()).isEqualTo("/api/v1/filings/" + event.path("consoleFilingId").asText()
					+ "/bureau-events");
			assertThat(post.getHeader("Authorization")).isEqualTo("Bearer it-console-token");
			typesPerFiling.computeIfAbsent(event.path("consoleFilingId").asText(), id -> new ArrayList<>())
				.add(event.path("type").asText());
		}
		return typesPerFiling;
	}

	private JsonNode event(String consoleFilingId, String type) {
		return filings.events(consoleFilingId).stream().map(ResultsEndToEndIntegrationTests::json)
			.filter(e -> e.path("type").asText().equals(type))
			.reduce((a, b) -> {
				throw new AssertionError("More than one " + type + " event for " + consoleFilingId);
			})
			.orElseThrow(() -> new AssertionError("No " + type + " event for " + consoleFilingId));
	}

	private List<FilingState> journey(FilingSummary filing) {
		return filings.history(filing.id()).stream().map(HistoryEntry::toState).toList();
	}

	private void run(String jobName) throws Exception {
		new JobRunner(works, provinceJobs).run(jobName);
	}

	private static ObjectNode filing(String consoleFilingId, String province, String websiteName) {
		return aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).withOwnWebsite(websiteName)
			.build();
	}

	private static JsonNode json(String text) {
		try {
			return FilingJson.MAPPER.readTree(text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
