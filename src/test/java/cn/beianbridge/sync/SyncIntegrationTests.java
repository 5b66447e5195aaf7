package cn.beianbridge.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.apache.camel.ProducerTemplate;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync on MariaDB, where the claim's conditional UPDATE meets real row locks: overlapping runs share the outbox
 * without sending an event twice or a filing's events out of order, and the due query stays on its index when
 * the outbox has grown large.
 */
@SpringBootTest
@ActiveProfiles("test")
class SyncIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(SyncIntegrationTests.class);

	static final FakeConsole console = new FakeConsole();

	static final List<String> TYPES = List.of("HELD", "SUBMITTED", "REVIEW_OVERDUE", "APPROVED");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_sync", registry);
		registry.add("bridge.console.base-url", console::baseUrl);
		// smaller than the filings waiting: the runs have to share the heads of the queue
		registry.add("bridge.sync.batch-size", () -> 20);
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
	}

	/** The application's clock: what it compares due times and claims with (wall time only measures passes). */
	@Autowired
	Clock clock;

	@Autowired
	ProducerTemplate camel;

	@Autowired
	JdbcTemplate jdbc;

	/** Payloads are stored sealed: what this test writes into the outbox by hand, it seals. */
	@Autowired
	PersonalData personalData;

	@Autowired
	SqlSessionFactory mybatis;

	@BeforeEach
	void emptyOutboxAndConsole() {
		console.reset();
		jdbc.execute("truncate table filing_event");
	}

	@Test
	void twoRunsAtOnceSendEveryEventOnceAndEachFilingsEventsInOrder() throws Exception {
		console.wireMock().stubFor(post(urlPathMatching("/api/v1/filings/.*/bureau-events"))
			.willReturn(ok().withUniformRandomDelay(5, 40)));
		// 50 filings, 4 events each, written round by round as transitions would interleave them
		List<String> filings = new ArrayList<>();
		for (int f = 0; f < 50; f++) {
			filings.add("IT-SYNC-" + f);
		}
		Random random = new Random(42);
		Map<String, List<String>> written = new LinkedHashMap<>();
		for (String type : TYPES) {
			Collections.shuffle(filings, random);
			for (String filing : filings) {
				written.computeIfAbsent(filing, f -> new ArrayList<>()).add(appendEvent(filing, type, clock.instant()));
			}
		}

		// two threads play the two nodes: a claim belongs to a run, so two runs meet in the database as two nodes would
		List<Pass> passes = runConcurrently("node-a", "node-b");

		List<LoggedRequest> requests = new ArrayList<>(
				console.wireMock().findAll(postRequestedFor(urlPathMatching("/api/v1/filings/.*/bureau-events"))));
		Map<String, Long> postsPerKey = requests.stream()
			.collect(Collectors.groupingBy(r -> r.getHeader("Idempotency-Key"), Collectors.counting()));
		assertThat(postsPerKey).as("every event POSTed, none twice").hasSize(200)
			.allSatisfy((key, posts) -> assertThat(posts).as(key).isOne());
		assertThat(postsPerKey.keySet())
			.containsExactlyInAnyOrderElementsOf(written.values().stream().flatMap(List::stream).toList());
		// a filing's next event is only sent after the previous one was acknowledged, so their arrival times differ
		requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
		Map<String, List<String>> arrived = requests.stream()
			.collect(Collectors.groupingBy(r -> r.getUrl().split("/")[4], LinkedHashMap::new,
					Collectors.mapping(r -> r.getHeader("Idempotency-Key"), Collectors.toList())));
		assertThat(arrived).as("per filing, in order of occurrence").isEqualTo(written);
		assertThat(jdbc.queryForList("select delivery_status from filing_event", String.class)).hasSize(200)
			.containsOnly("DELIVERED");
		assertThat(jdbc.queryForObject("select count(*) from filing_event where attempts > 0 or claimed_by is not null"
				+ " or claimed_until is not null", Integer.class)).as("no failed attempt, no claim left").isZero();

		assertThat(passes).as("the runs really overlapped, each with events of its own")
			.anySatisfy(a -> assertThat(passes).anyMatch(b -> !a.node().equals(b.node()) && a.overlaps(b)
					&& !a.claimed().isEmpty() && !b.claimed().isEmpty()));
		log.info("{} passes ({} with events) delivered 200 events in {} ms: {}", passes.size(),
				passes.stream().filter(p -> !p.claimed().isEmpty()).count(),
				Duration.between(passes.stream().map(Pass::began).min(Comparator.naturalOrder()).orElseThrow(),
						passes.stream().map(Pass::ended).max(Comparator.naturalOrder()).orElseThrow()).toMillis(),
				passes.stream()
					.collect(Collectors.groupingBy(Pass::node, Collectors.summingInt(p -> p.claimed().size()))));
	}

	private List<Pass> runConcurrently(String... nodes) throws Exception {
		ConcurrentLinkedQueue<Pass> passes = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		Instant deadline = Instant.now().plusSeconds(120);
		ExecutorService pool = Executors.newFixedThreadPool(nodes.length);
		List<Future<?>> loops = new ArrayList<>();
		for (String node : nodes) {
			loops.add(pool.submit(() -> {
				start.await();
				while (undelivered() > 0 && Instant.now().isBefore(deadline)) {
					Instant began = Instant.now();
					List<?> claimed = sync();
					passes.add(new Pass(node, began, Instant.now(), claimed));
					if (claimed.isEmpty()) {
						Thread.sleep(10); // the other run holds every head of queue just now
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> loop : loops) {
			loop.get();
		}
		pool.shutdown();
		return new ArrayList<>(passes);
	}

	@Test
	void onALargeOutboxTheDueQueryAndTheClaimReadOnlyWhatTheyNeed() {
		console.wireMock().stubFor(post(urlPathMatching("/api/v1/filings/.*/bureau-events")).willReturn(ok()));
		// 25,000 filings with 4 delivered events each
		int delivered = 100_000;
		insertEvents(delivered, i -> "IT-BIG-" + (i % 25_000), "DELIVERED", clock.instant().minus(Duration.ofDays(30)));
		// a few pending: two for filings with a delivered history, one backing off, one behind it, one new
		List<String> pending = List.of(appendEvent("IT-BIG-7", "REFUSED", clock.instant()),
				appendEvent("IT-BIG-8", "CANCELLED", clock.instant()),
				appendEvent("IT-BIG-9", "CANCELLED", clock.instant().plusSeconds(600)),
				appendEvent("IT-BIG-9", "CANCELLED", clock.instant()), appendEvent("IT-BIG-NEW", "HELD", clock.instant()));
		jdbc.execute("analyze table filing_event");

		assertReadsOnlyWhatItNeeds("100k delivered, 5 pending");
		long began = System.nanoTime();
		List<?> first = sync();
		long firstPassMs = (System.nanoTime() - began) / 1_000_000;
		began = System.nanoTime();
		List<?> idle = sync();
		long idlePassMs = (System.nanoTime() - began) / 1_000_000;
		log.info("Sync over 100k delivered events: a pass sending {} took {} ms, an idle pass {} ms", first.size(),
				firstPassMs, idlePassMs);
		assertThat(first).hasSize(3);
		assertThat(idle).isEmpty();
		assertThat(console.wireMock().findAll(postRequestedFor(urlPathMatching(".*"))))
			.extracting(r -> r.getHeader("Idempotency-Key"))
			.containsExactly(pending.get(0), pending.get(1), pending.get(4));

		// the console was down for a while: 20,000 events of 5,000 filings are due at once
		insertEvents(20_000, i -> "IT-OUTAGE-" + (i % 5_000), "PENDING", clock.instant().minusSeconds(60));
		jdbc.execute("analyze table filing_event");

		assertReadsOnlyWhatItNeeds("100k delivered, 20k due");
		began = System.nanoTime();
		List<?> backlog = sync();
		long backlogPassMs = (System.nanoTime() - began) / 1_000_000;
		log.info("Sync over 100k delivered and 20k due events: a pass sending {} took {} ms", backlog.size(),
				backlogPassMs);
		assertThat(backlog).hasSize(20);
	}

	/** The plans on MariaDB, as MyBatis binds the statements: read by ANALYZE (rows really read), or EXPLAIN. */
	private void assertReadsOnlyWhatItNeeds(String outbox) {
		Instant now = clock.instant();
		// with a dead node whose claims are free
		List<String> dead = List.of("node-gone#0");
		List<Map<String, Object>> findDue = plan("analyze", "findDue", Map.of("now", now, "limit", 20, "dead", dead));
		List<Long> candidates = jdbc.queryForList("select id from filing_event where delivery_status = 'PENDING' and "
				+ "next_attempt_at <= ? order by id limit 20", Long.class, Timestamp.from(now));
		List<Map<String, Object>> claim = plan("explain", "claim",
				Map.of("ids", candidates, "owner", "it", "node", "it#1", "dead", dead, "now", now, "until",
						now.plusSeconds(300)));
		log.info("findDue, {}:\n{}\nclaim of {} events:\n{}", outbox, describe(findDue), candidates.size(),
				describe(claim));

		assertThat(findDue).as("no full scan of the outbox")
			.allSatisfy(row -> assertThat(row.get("type")).isNotIn("ALL", "index"))
			.filteredOn(row -> "e".equals(row.get("table")))
			.singleElement()
			.satisfies(row -> assertThat(row.get("key")).isEqualTo("ix_event_due"))
			.satisfies(row -> assertThat(number(row, "r_rows")).as("rows read").isLessThan(100));
		// by the ids alone: the UPDATE locks what it reads, and must not lock index entries a mark wants next
		assertThat(claim).singleElement()
			.satisfies(row -> assertThat(row.get("key")).isEqualTo("PRIMARY"))
			.satisfies(row -> assertThat(number(row, "rows")).isLessThanOrEqualTo(candidates.size()));
	}

	private List<?> sync() {
		return camel.requestBody("direct:sync-console", null, List.class);
	}

	/** {@code count} events with a payload of no interest, inserted in bulk. */
	private void insertEvents(int count, IntFunction<String> filing, String status, Instant due) {
		List<Object[]> rows = new ArrayList<>();
		String payload = personalData.seal("{}");
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID().toString(), filing.apply(i), TYPES.get(i * TYPES.size() / count),
					Timestamp.from(due), payload, status, Timestamp.from(due) });
			if (rows.size() == 5_000 || i == count - 1) {
				jdbc.batchUpdate("insert into filing_event (event_id, console_filing_id, province, type, occurred_at,"
						+ " payload, delivery_status, attempts, next_attempt_at) values (?, ?, '33', ?, ?, ?, ?, 0, ?)",
						rows);
				rows.clear();
			}
		}
	}

	/** MariaDB's EXPLAIN or ANALYZE (which runs it: SELECTs only) of a ConsoleDeliveryMapper statement. */
	private List<Map<String, Object>> plan(String how, String statement, Map<String, Object> params) {
		var bound = mybatis.getConfiguration()
			.getMappedStatement("cn.beianbridge.filing.internal.ConsoleDeliveryMapper." + statement)
			.getBoundSql(params);
		Object[] args = bound.getParameterMappings().stream().map(m -> {
			String name = m.getProperty();
			Object value = bound.hasAdditionalParameter(name) ? bound.getAdditionalParameter(name) : params.get(name);
			return value instanceof Instant instant ? Timestamp.from(instant) : value;
		}).toArray();
		return jdbc.queryForList(how + " " + bound.getSql(), args);
	}

	private static double number(Map<String, Object> planRow, String column) {
		return Double.parseDouble(String.valueOf(planRow.get(column)));
	}

	private static String describe(List<Map<String, Object>> plan) {
		Function<Map<String, Object>, String> line = row -> row.get("id") + " " + row.get("select_type") + " "
				+ row.get("table") + " type=" + row.get("type") + " key=" + row.get("key") + " rows=" + row.get("rows")
				+ (row.containsKey("r_rows") ? " r_rows=" + row.get("r_rows") : "") + " extra=" + row.get("Extra");
		return plan.stream().map(line).collect(Collectors.joining("\n"));
	}

	private int undelivered() {
		return jdbc.queryForObject("select count(*) from filing_event where delivery_status <> 'DELIVERED'",
				Integer.class);
	}

	/** An event as the outbox writes it, due at {@code due}. */
	private String appendEvent(String consoleFilingId, String type, Instant due) {
		String eventId = UUID.randomUUID().toString();
		ObjectNode event = FilingJson.MAPPER.createObjectNode();
		event.put("eventId", eventId);
		event.put("consoleFilingId", consoleFilingId);
		event.put("type", type);
		event.put("occurredAt", "2026-11-28T10:00:00+08:00");
		event.put("province", "33");
		jdbc.update("insert into filing_event (event_id, console_filing_id, province, type, occurred_at, payload,"
				+ " delivery_status, attempts, next_attempt_at) values (?, ?, '33', ?, ?, ?, 'PENDING', 0, ?)", eventId,
				consoleFilingId, type, Timestamp.from(clock.instant()), personalData.seal(event.toString()),
				Timestamp.from(due));
		return eventId;
	}

	/** One run of route sync-console on one of the pretend nodes, and the events it claimed. */
	record Pass(String node, Instant began, Instant ended, List<?> claimed) {

		boolean overlaps(Pass other) {
			return began.isBefore(other.ended) && other.began.isBefore(ended);
		}

	}

}
