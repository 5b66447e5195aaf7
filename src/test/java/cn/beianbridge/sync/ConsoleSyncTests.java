package cn.beianbridge.sync;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.OtherNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Sync back: the outbox events reach a console played by WireMock, once each, in order per filing. */
@SpringBootTest
@ActiveProfiles("test")
class ConsoleSyncTests {

	// a fixed port, so the console can go down and come back where the bridge expects it
	static final WireMockServer console = new WireMockServer(options().port(FreePort.next()));

	static final JsonSchema EVENT_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
		.getSchema(SchemaLocation.of("classpath:contracts/bureau-event.schema.json"),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build());

	static {
		console.start();
	}

	@DynamicPropertySource
	static void consoleUrl(DynamicPropertyRegistry registry) {
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.sync.max-attempts", () -> 3);
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
	}

	/** The application's clock: what it compares claims and due times with. */
	@Autowired
	Clock clock;

	@Autowired
	ProducerTemplate camel;

	@Autowired
	FilingIntake intake;

	@Autowired
	EventDelivery delivery;

	@Autowired
	JdbcTemplate jdbc;

	/** Payloads are stored sealed: what this test writes into the outbox by hand, it seals. */
	@Autowired
	PersonalData personalData;

	@BeforeEach
	void emptyOutboxAndConsole() {
		if (!console.isRunning()) {
			console.start();
		}
		console.resetAll();
		jdbc.update("delete from filing_event");
	}

	@Test
	void aHeldEventIsPostedAsStoredWithItsKeyAndTokenAndOnceAcknowledgedNotSentAgain() throws Exception {
		console.stubFor(post(urlPathMatching("/api/v1/filings/.*/bureau-events")).willReturn(ok()));
		String id = heldFiling("SY-1");

		sync();

		List<LoggedRequest> requests = console.findAll(postRequestedFor(urlPathMatching(".*")));
		assertThat(requests).hasSize(1);
		LoggedRequest request = requests.get(0);
		assertThat(request.getUrl()).isEqualTo("/api/v1/filings/SY-1/bureau-events");
		JsonNode sent = FilingJson.MAPPER.readTree(request.getBodyAsString());
		JsonNode stored = FilingJson.MAPPER.readTree(personalData.open(jdbc.queryForObject(
				"select payload from filing_event where console_filing_id = ?", String.class, id)));
		assertThat(sent).isEqualTo(stored);
		assertThat(sent.path("type").asText()).isEqualTo("HELD");
		assertThat(sent.path("consoleFilingId").asText()).isEqualTo(id);
		Set<ValidationMessage> violations = EVENT_SCHEMA.validate(sent);
		assertThat(violations).isEmpty();
		assertThat(request.getHeader("Idempotency-Key")).isEqualTo(sent.path("eventId").asText());
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-console-token");
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		assertThat(status(id)).containsExactly("DELIVERED");

		makeEverythingDue();
		sync();
		assertThat(console.findAll(postRequestedFor(urlPathMatching(".*")))).hasSize(1);
	}

	@Test
	void aServiceUnavailableIsRetriedAfterItsBackoffAndDeliveredOnce() {
		console.stubFor(post(anyUrl()).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withBody("maintenance")).willSetStateTo("up"));
		console.stubFor(post(anyUrl()).inScenario("outage").whenScenarioStateIs("up").willReturn(ok()));
		String id = heldFiling("SY-2");

		sync();
		assertThat(status(id)).containsExactly("PENDING");
		assertThat(jdbc.queryForObject("select attempts from filing_event where console_filing_id = ?", Integer.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select last_error from filing_event where console_filing_id = ?", String.class,
				id)).contains("503").contains("maintenance");
		Instant next = jdbc.queryForObject("select next_attempt_at from filing_event where console_filing_id = ?",
				Timestamp.class, id).toInstant();
		assertThat(next).isAfter(clock.instant().plusSeconds(20));

		// not yet due: the back-off holds it back
		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).hasSize(1);

		makeEverythingDue();
		sync();
		makeEverythingDue();
		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).hasSize(2);
		assertThat(status(id)).containsExactly("DELIVERED");
	}

	@Test
	void aLaterEventOfAFilingWaitsUntilTheEarlierOneIsAcknowledged() throws Exception {
		String id = heldFiling("SY-3");
		String first = eventIds(id).get(0);
		String second = appendEvent(id, "CANCELLED");
		console.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500)));

		sync();
		makeEverythingDue();
		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).extracting(r -> r.getHeader("Idempotency-Key"))
			.containsOnly(first);

		console.resetAll();
		console.stubFor(post(anyUrl()).willReturn(ok()));
		makeEverythingDue();
		sync();
		makeEverythingDue();
		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).extracting(r -> r.getHeader("Idempotency-Key"))
			.containsExactly(first, second);
		assertThat(status(id)).containsExactly("DELIVERED", "DELIVERED");
	}

	@Test
	void afterMaxAttemptsAnEventIsDeadAndBlocksItsFilingUntilRedelivered() {
		String id = heldFiling("SY-4");
		String held = eventIds(id).get(0);
		String cancelled = appendEvent(id, "CANCELLED");
		console.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400).withBody("bad event")));

		for (int i = 0; i < 5; i++) {
			makeEverythingDue();
			sync();
		}
		assertThat(console.findAll(postRequestedFor(anyUrl()))).hasSize(3);
		assertThat(status(id)).containsExactly("DEAD", "PENDING");
		assertThat(delivery.redeliver(cancelled)).as("only a DEAD event can be redelivered").isFalse();
		// the operators' alert, planned in the transaction that parked the event (sent by the notification flows)
		assertThat(jdbc.queryForList("select subject from notification where kind = 'EVENT_DEAD' and console_filing_id = "
				+ "'SY-4'", String.class)).map(personalData::open).singleElement().asString().contains("控制台事件投递失败：SY-4 HELD");

		console.resetAll();
		console.stubFor(post(anyUrl()).willReturn(ok()));
		assertThat(delivery.redeliver(held)).isTrue();
		assertThat(jdbc.queryForObject("select attempts from filing_event where event_id = ?", Integer.class, held))
			.isZero();
		sync();
		makeEverythingDue();
		sync();
		assertThat(status(id)).containsExactly("DELIVERED", "DELIVERED");
		assertThat(delivery.redeliver(held)).isFalse();
	}

	@Test
	void aConsoleThatIsDownLosesNothing() {
		String id = heldFiling("SY-5");
		console.stop();

		sync();
		makeEverythingDue();
		sync();
		assertThat(status(id)).containsExactly("PENDING");
		assertThat(jdbc.queryForObject("select last_error from filing_event where console_filing_id = ?", String.class,
				id)).isNotBlank();

		console.start();
		console.stubFor(post(anyUrl()).willReturn(ok()));
		makeEverythingDue();
		sync();
		assertThat(status(id)).containsExactly("DELIVERED");
		assertThat(console.findAll(postRequestedFor(anyUrl()))).hasSize(1);
	}

	@Test
	void anEventClaimedByAnotherRunIsLeftToItAndHoldsBackItsFilingUntilTheClaimLapses() {
		console.stubFor(post(anyUrl()).willReturn(ok()));
		String id = heldFiling("SY-6");
		String first = eventIds(id).get(0);
		String second = appendEvent(id, "CANCELLED");
		claim(first, "node-b/run-1", clock.instant().plusSeconds(120));

		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).isEmpty();
		assertThat(status(id)).containsExactly("PENDING", "PENDING");
		assertThat(claimedBy(first)).isEqualTo("node-b/run-1");

		// that run crashed: its claim lapses, and the events go in order, each claim cleared once recorded
		claim(first, "node-b/run-1", clock.instant().minusSeconds(1));
		sync();
		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).extracting(r -> r.getHeader("Idempotency-Key"))
			.containsExactly(first, second);
		assertThat(status(id)).containsExactly("DELIVERED", "DELIVERED");
		assertThat(jdbc.queryForObject("select count(*) from filing_event where claimed_by is not null or "
				+ "claimed_until is not null", Integer.class)).isZero();
	}

	@Test
	void anEventClaimedByANodeThatDiedGoesOutOnceTheNodeIsKnownDeadNotWhenTheClaimLapses() {
		console.stubFor(post(anyUrl()).willReturn(ok()));
		String id = heldFiling("SY-9");
		String event = eventIds(id).get(0);
		OtherNode nodeB = OtherNode.running(jdbc, clock, "node-b");
		claim(event, nodeB.incarnation() + "/run-1", nodeB.incarnation(), clock.instant().plus(Duration.ofMinutes(5)));

		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).as("a live node's claim holds").isEmpty();

		// node-b was killed -9 and started again under its name: its earlier process is dead at once, and so is the
		// claim, four minutes and more before it would have lapsed
		nodeB.restarted();
		sync();
		assertThat(console.findAll(postRequestedFor(anyUrl()))).extracting(r -> r.getHeader("Idempotency-Key"))
			.containsExactly(event);
		assertThat(status(id)).containsExactly("DELIVERED");
	}

	@Test
	void aRunThatLostItsClaimsToAnotherRunNeitherSendsNorRecordsThoseEvents() throws Exception {
		console.stubFor(post(anyUrl()).willReturn(ok()));
		console.stubFor(post(urlPathMatching("/api/v1/filings/SY-7/bureau-events"))
			.willReturn(ok().withFixedDelay(1500)));
		String slow = eventIds(heldFiling("SY-7")).get(0);
		String next = eventIds(heldFiling("SY-8")).get(0);

		// while the run waits on SY-7's answer, another run takes over both claims (as after a lapse)
		CompletableFuture<Void> run = CompletableFuture.runAsync(this::sync);
		await().atMost(Duration.ofSeconds(10)).until(() -> console.findAll(postRequestedFor(anyUrl())).size() == 1);
		claim(slow, "node-b/run-2", clock.instant().plusSeconds(120));
		claim(next, "node-b/run-2", clock.instant().plusSeconds(120));
		run.get(20, TimeUnit.SECONDS);

		assertThat(console.findAll(postRequestedFor(anyUrl()))).extracting(r -> r.getHeader("Idempotency-Key"))
			.as("SY-8's event was no longer this run's to send").containsExactly(slow);
		// the acknowledgement of SY-7 is not recorded by a run that no longer holds it: the holder sends it again
		// with the same Idempotency-Key and records that
		assertThat(status("SY-7")).containsExactly("PENDING");
		assertThat(status("SY-8")).containsExactly("PENDING");
		assertThat(claimedBy(slow)).isEqualTo("node-b/run-2");
		assertThat(claimedBy(next)).isEqualTo("node-b/run-2");
		assertThat(jdbc.queryForObject("select max(attempts) from filing_event", Integer.class)).isZero();
	}

	private void sync() {
		camel.requestBody("direct:sync-console", (Object) null);
	}

	/** A Shanghai filing with a backdrop photo breaks Shanghai's rule: it is HELD, and that is an event. */
	private String heldFiling(String consoleFilingId) {
		ObjectNode filing = FilingJson.aFirstFiling().inProvince("31").withConsoleFilingId(consoleFilingId).build();
		IntakeResult result = intake.accept(filing, IntakeSource.CONSOLE, "test");
		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.HELD);
		return consoleFilingId;
	}

	/** A later event of the same filing, written as the outbox writes them. */
	private String appendEvent(String consoleFilingId, String type) {
		String eventId = UUID.randomUUID().toString();
		ObjectNode event = FilingJson.MAPPER.createObjectNode();
		event.put("eventId", eventId);
		event.put("consoleFilingId", consoleFilingId);
		event.put("type", type);
		event.put("occurredAt", "2026-11-28T10:00:00+08:00");
		event.put("province", "31");
		jdbc.update("insert into filing_event (event_id, console_filing_id, province, type, occurred_at, payload,"
				+ " delivery_status, attempts, next_attempt_at) values (?, ?, '31', ?, ?, ?, 'PENDING', 0, ?)", eventId,
				consoleFilingId, type, Timestamp.from(clock.instant()), personalData.seal(event.toString()),
				Timestamp.from(clock.instant()));
		return eventId;
	}

	/** Writes a claim as another run's claimDue would (or, with a past {@code until}, as a crashed run left it). */
	private void claim(String eventId, String run, Instant until) {
		claim(eventId, run, null, until);
	}

	/** A claim naming the node incarnation that holds it, as claimDue writes it. */
	private void claim(String eventId, String run, String node, Instant until) {
		jdbc.update("update filing_event set claimed_by = ?, claimed_node = ?, claimed_until = ? where event_id = ?", run,
				node, Timestamp.from(until), eventId);
	}

	private String claimedBy(String eventId) {
		return jdbc.queryForObject("select claimed_by from filing_event where event_id = ?", String.class, eventId);
	}

	private void makeEverythingDue() {
		jdbc.update("update filing_event set next_attempt_at = ?", Timestamp.from(clock.instant().minusSeconds(1)));
	}

	private List<String> status(String consoleFilingId) {
		return jdbc.queryForList("select delivery_status from filing_event where console_filing_id = ? order by id",
				String.class, consoleFilingId);
	}

	private List<String> eventIds(String consoleFilingId) {
		return jdbc.queryForList("select event_id from filing_event where console_filing_id = ? order by id",
				String.class, consoleFilingId);
	}

}
