package cn.beianbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.support.ChaosFilings;
import cn.beianbridge.support.ChaosFilings.Kind;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FakeSmsGateway;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.KillPoints;
import cn.beianbridge.support.KillPoints.Kill;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SeparateNodes;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole loop under kill -9. The application runs in a JVM of its own on MariaDB (all jobs on, quick schedules;
 * liveness, staleness and claim settings at their defaults) against peers in this JVM: a console (WireMock) that
 * offers a mix of filings page by page and records every event it is sent, the simulated bureaus of all 31 provinces
 * handing out their results in a random mix of orders and every file now and then twice, an SMS gateway (WireMock)
 * and a mail server (GreenMail). A seeded random picks the kill points (in an upload, a download not yet acknowledged,
 * a sync claim, a notification claim, start-up, or anywhere); each time the node is killed with SIGKILL and started
 * again at once under its name. Then everything must be done within {@link #ALL_DONE_WITHIN} of the last restart,
 * and the peers' records and the database show each thing done once.
 * <p>
 * {@code ./mvnw verify} runs 3 kills; the long run is
 * {@code ./mvnw verify -Dit.test=ChaosIntegrationTests -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dchaos.kills=25 [-Dchaos.filings=... -Dchaos.seed=...]}; the figures are printed at the end.
 * <p>
 * Delivery to the console, the SMS gateway and SMTP is at least once by contract (the event id is the console's
 * Idempotency-Key, a notification's key is the gateway's outId and the mail's Message-ID): a message sent just before
 * a kill and not yet recorded is sent again after the restart with the same key. So each peer must have seen exactly
 * the set of keys the database holds, one key per transition or notification (two keys for one transition is a
 * duplicate and fails), and repeats of a key are counted and printed, not failed.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SeparateNodes.KILLED)
class ChaosIntegrationTests {

	/** From the last restart (its start-up included) until every filing is done, synced and notified. */
	static final Duration ALL_DONE_WITHIN = Duration.ofMinutes(3);

	static final String LOG = "chaos-victim.log";

	static final Set<String> CUSTOMER_EVENTS = Set.of("SUBMITTED", "APPROVED", "REJECTED", "REFUSED");

	final int kills = Integer.getInteger("chaos.kills", 3);

	final int filings = Integer.getInteger("chaos.filings", 12 * Math.max(3, kills));

	final long seed = Long.getLong("chaos.seed", System.nanoTime());

	final FakeConsole console = new FakeConsole();

	final FakeSmsGateway sms = new FakeSmsGateway();

	final GreenMail smtp = new GreenMail(new ServerSetup(FreePort.next(), "127.0.0.1", "smtp"));

	ConfigurableApplicationContext bureaus;

	Process victim;

	@AfterEach
	void stop() {
		if (victim != null) {
			victim.destroyForcibly();
		}
		if (bureaus != null) {
			bureaus.close();
		}
		console.stop();
		sms.stop();
		smtp.stop();
	}

	@Test
	void killedMinus9AtRandomPointsAndStartedAgainTheLoopDoesEverythingOnce() throws Exception {
		System.out.printf("Chaos: seed %d (-Dchaos.seed=%d repeats the kill points), %d kills, %d filings%n", seed, seed,
				kills, filings);
		String url = MySqlTestDatabase.freshDatabase("bridge_it_chaos");
		int bureauPort = FreePort.next();
		// the peers run as node 'survivor', with no job of their own
		bureaus = SeparateNodes.survivor(url, bureauPort, "--bridge.simulators.bureau.result-order=mixed", "--bridge.simulators.bureau.duplicate-files=true",
				"--bridge.simulators.bureau.numbers-delay=20s", "--bridge.simulators.bureau.review-delay=0s");
		JdbcTemplate jdbc = bureaus.getBean(JdbcTemplate.class);
		// two slow bureaus: each call answered a second late, the upload recorded first, so kills meet calls on the way
		for (String slow : List.of("33", "44")) {
			bureaus.getBean(BureauSimulator.class).faults(slow).replyDelay(Duration.ofSeconds(1));
		}
		smtp.start();
		console.wireMock().stubFor(post(urlPathMatching("/api/v1/filings/.*/bureau-events")).willReturn(ok()));
		console.page("", "");
		Files.deleteIfExists(Path.of("target", LOG));
		List<String> arguments = victimArguments(bureauPort);
		KillPoints killPoints = new KillPoints(jdbc, new Random(seed), Path.of("target", LOG));
		long began = System.nanoTime();

		victim = start(url, arguments, killPoints);
		killPoints.awaitReady();
		offer(0);
		List<Kill> done = new ArrayList<>();
		for (int k = 1; k <= kills; k++) {
			Kill kill = killPoints.next(k);
			victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block
			assertThat(victim.waitFor()).as("exit status of a JVM killed by SIGKILL (128 + 9)").isEqualTo(137);
			done.add(kill);
			offer(k);
			victim = start(url, arguments, killPoints);
		}
		long lastRestart = killPoints.startedAt();
		Duration left = ALL_DONE_WITHIN.minusNanos(System.nanoTime() - lastRestart);
		await().atMost(left.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : left)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> allDone(jdbc));
		Duration untilDone = Duration.ofNanos(System.nanoTime() - lastRestart);

		Figures figures = assertEachThingDoneOnce(jdbc);
		System.out.printf("Chaos: seed %d, %d kills (%s), %d filings offered; %s; all done %.0f s after the last "
				+ "restart (bound %d s), %.0f s in all; resumed after a kill within %s%n", seed, kills,
				killPoints.phasesSeen(done), filings, figures, untilDone.toMillis() / 1000.0, ALL_DONE_WITHIN.toSeconds(),
				(System.nanoTime() - began) / 1e9, killPoints.resumeTimes(done));
	}

	/** The node in a JVM of its own, at once: a restart under the same name. */
	private static Process start(String url, List<String> arguments, KillPoints killPoints) throws IOException {
		Process node = SeparateNodes.node(url, LOG, arguments);
		killPoints.started();
		return node;
	}

	private List<String> victimArguments(int bureauPort) {
		List<String> arguments = new ArrayList<>(List.of("--bridge.node.name=chaos-victim",
				"--bridge.console.base-url=" + console.baseUrl(), "--bridge.console.token=chaos-console-token",
				"--bridge.sms.base-url=" + sms.baseUrl(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--bridge.notifications.enabled=true",
				// the schedules are test data: quick, so that a few minutes see many runs of each job
				"--bridge.jobs.collect.enabled=true", "--bridge.jobs.collect.cron=0/5 * * * * ?",
				"--bridge.jobs.submit.enabled=true", "--bridge.jobs.submit.cron=2/10 * * * * ?",
				"--bridge.jobs.download.enabled=true", "--bridge.jobs.download.cron=7/10 * * * * ?",
				"--bridge.jobs.sync.enabled=true", "--bridge.jobs.sync.cron=0/5 * * * * ?",
				"--bridge.jobs.lifecycle-summary.enabled=true",
				// every province's bureau at the test JVM's simulator ({code} is the province's, see provinces.yml)
				"--bridge.gateway.endpoint=http://localhost:" + bureauPort + "/simulator/bureau/{code}"));
		return arguments;
	}

	/**
	 * The console's k-th share of the offer (0 at the first start, k right after the k-th kill, the last one just before
	 * the last restart), pages of four filings, so that each node process meets new work in every phase.
	 */
	private void offer(int share) {
		int pageSize = 4;
		int pages = (filings + pageSize - 1) / pageSize;
		for (int page = share * pages / (kills + 1); page < (share + 1) * pages / (kills + 1); page++) {
			List<ObjectNode> items = IntStream.range(page * pageSize, Math.min(filings, (page + 1) * pageSize))
				.mapToObj(ChaosFilings::filing)
				.toList();
			// the page after this cursor was empty so far (an empty page leaves the cursor where it is): now it holds
			// these, and the one after it is empty
			console.page("c" + (page + 1), "c" + (page + 1));
			console.page(page == 0 ? "" : "c" + page, "c" + (page + 1), items.toArray(ObjectNode[]::new));
		}
	}

	/** Every offer collected, every valid filing decided, every event delivered and every notification sent. */
	private boolean allDone(JdbcTemplate jdbc) {
		return count(jdbc, "select count(*) from filing") + count(jdbc, "select count(distinct console_filing_id) "
				+ "from rejected_input") == filings
				&& count(jdbc, "select count(*) from filing where state in ('RECEIVED', 'BATCHED', 'SUBMITTED')") == 0
				&& count(jdbc, "select count(*) from filing_event where delivery_status <> 'DELIVERED' or "
						+ "notification_status = 'PENDING'") == 0
				&& count(jdbc, "select count(*) from notification where status <> 'SENT'") == 0;
	}

	private Figures assertEachThingDoneOnce(JdbcTemplate jdbc) throws Exception {
		Map<String, Long> filingIds = jdbc.query("select console_filing_id, id from filing", rs -> {
			Map<String, Long> ids = new TreeMap<>();
			while (rs.next()) {
				ids.put(rs.getString(1), rs.getLong(2));
			}
			return ids;
		});
		Map<Long, Long> uploadsPerFiling = jdbc.query("select isp_ztid, count(*) from sim_review where isp_ztid is not "
				+ "null group by isp_ztid", rs -> {
					Map<Long, Long> uploads = new TreeMap<>();
					while (rs.next()) {
						uploads.put(rs.getLong(1), rs.getLong(2));
					}
					return uploads;
				});
		assertThat(count(jdbc, "select count(*) from sim_review where file_result is not null"))
			.as("files the bureau refused whole").isZero();
		Map<String, List<String>> expectedEvents = new LinkedHashMap<>();
		for (int n = 0; n < filings; n++) {
			String id = ChaosFilings.consoleFilingId(n);
			Kind kind = ChaosFilings.kind(n);
			if (kind == Kind.BREAKS_CONTRACT) {
				assertThat(filingIds).as("a contract-breaking offer is no filing").doesNotContainKey(id);
				assertThat(count(jdbc, "select count(*) from rejected_input where console_filing_id = ?", id))
					.as("rejected inputs of %s", id).isOne();
				expectedEvents.put(id, List.of("HELD"));
				continue;
			}
			assertThat(filingIds).as("collected").containsKey(id);
			long filing = filingIds.get(id);
			String state = jdbc.queryForObject("select state from filing where id = ?", String.class, filing);
			assertThat(uploadsPerFiling.getOrDefault(filing, 0L)).as("records of %s (%s) at the bureau", id, kind)
				.isEqualTo(kind.sent() ? 1L : 0L);
			List<String> journey = jdbc.queryForList("select to_state from filing_history where filing_id = ? order by id",
					String.class, filing);
			if (kind.sent()) {
				String decision = switch (kind) {
					case REJECTED_BY_BUREAU -> "REJECTED";
					case SAME_DOMAIN -> otherOfThePair(jdbc, filingIds, n);
					default -> plainDecision(jdbc, filingIds, n);
				};
				assertThat(state).as("%s (%s)", id, kind).isEqualTo(decision);
				assertThat(journey).as("history of %s", id).containsExactly("RECEIVED", "BATCHED", "SUBMITTED", decision);
				expectedEvents.put(id, List.of("SUBMITTED", decision));
			}
			else {
				assertThat(state).as("%s (%s)", id, kind).isEqualTo("HELD");
				assertThat(journey).as("history of %s", id).doesNotContain("SUBMITTED").endsWith("HELD");
				assertThat(journey.stream().filter("HELD"::equals)).as("holds of %s", id).hasSize(1);
				expectedEvents.put(id, List.of("HELD"));
			}
		}
		assertThat(count(jdbc, "select count(*) from result_quarantine")).as("results quarantined").isZero();
		assertGaplessSequences(jdbc);

		// the outbox: one event per transition; the console saw exactly those keys
		Map<String, List<String>> outbox = jdbc.query("select console_filing_id, type from filing_event order by id",
				rs -> {
					Map<String, List<String>> types = new TreeMap<>();
					while (rs.next()) {
						types.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
					}
					return types;
				});
		assertThat(outbox).as("events per filing, in order").isEqualTo(new TreeMap<>(expectedEvents));
		List<LoggedRequest> posts = console.wireMock()
			.findAll(postRequestedFor(urlPathMatching("/api/v1/filings/.*/bureau-events")));
		List<String> eventIds = jdbc.queryForList("select event_id from filing_event", String.class);
		Map<String, Long> postsPerEvent = posts.stream()
			.collect(Collectors.groupingBy(r -> r.getHeader("Idempotency-Key"), Collectors.counting()));
		assertThat(postsPerEvent.keySet()).as("events the console received").containsExactlyInAnyOrderElementsOf(eventIds);
		Map<String, List<String>> received = new TreeMap<>();
		for (LoggedRequest post : posts) {
			JsonNode event = FilingJson.MAPPER.readTree(post.getBodyAsString());
			assertThat(event.path("eventId").asText()).isEqualTo(post.getHeader("Idempotency-Key"));
			List<String> types = received.computeIfAbsent(event.path("consoleFilingId").asText(), k -> new ArrayList<>());
			if (!types.contains(event.path("type").asText())) {
				types.add(event.path("type").asText());
			}
		}
		assertThat(received).as("transitions the console learnt, in the order it learnt them")
			.isEqualTo(new TreeMap<>(expectedEvents));

		// notifications: each customer event to each person by SMS and email, once per key at the peers
		List<Map<String, Object>> perEvent = jdbc.queryForList("select e.type, count(n.id) as sms from filing_event e "
				+ "left join notification n on n.event_id = e.event_id and n.channel = 'SMS' group by e.id, e.type");
		assertThat(perEvent).allSatisfy(row -> assertThat(((Number) row.get("sms")).intValue())
			.as("SMS of a %s event", row.get("type"))
			.isEqualTo(CUSTOMER_EVENTS.contains(row.get("type")) ? 2 : 0));
		List<String> smsKeys = jdbc.queryForList("select notification_key from notification where channel = 'SMS'",
				String.class);
		// the operators' alerts (a filing held by the bureau's schema) go by email only
		List<String> mailKeys = jdbc.queryForList("select notification_key from notification where channel = 'EMAIL'",
				String.class);
		assertThat(mailKeys.stream().filter(key -> !key.startsWith("alert:"))).hasSameSizeAs(smsKeys);
		Map<String, Long> textsPerKey = sms.received()
			.stream()
			.collect(Collectors.groupingBy(r -> r.get("outId").asText(), Collectors.counting()));
		assertThat(textsPerKey.keySet()).as("outIds at the SMS gateway").containsExactlyInAnyOrderElementsOf(smsKeys);
		Map<String, Long> mailsPerId = new LinkedHashMap<>();
		for (var message : smtp.getReceivedMessages()) {
			mailsPerId.merge(message.getMessageID(), 1L, Long::sum);
		}
		assertThat(mailsPerId).as("distinct Message-IDs at the mail server").hasSameSizeAs(mailKeys);
		return new Figures(filingIds.size(), count(jdbc, "select count(*) from rejected_input"),
				uploadsPerFiling.values().stream().mapToLong(Long::longValue).sum(),
				count(jdbc, "select count(*) from sim_upload"),
				count(jdbc, "select count(*) from filing_history where to_state in ('APPROVED', 'REJECTED', 'REFUSED')"),
				eventIds.size(), posts.size() - postsPerEvent.size(), smsKeys.size(),
				sms.received().size() - textsPerKey.size(), mailKeys.size(),
				smtp.getReceivedMessages().length - mailsPerId.size(),
				count(jdbc, "select count(*) from download_file where duplicate_of is not null"));
	}

	/** Of a plain filing and the one naming its domain, the bureau approves the one it decides first. */
	private static String otherOfThePair(JdbcTemplate jdbc, Map<String, Long> ids, int n) {
		String owner = jdbc.queryForObject("select state from filing where id = ?", String.class,
				ids.get(ChaosFilings.consoleFilingId(ChaosFilings.domainOwner(n))));
		assertThat(owner).as("the first of a pair sharing a domain").isIn("APPROVED", "REFUSED");
		return owner.equals("APPROVED") ? "REFUSED" : "APPROVED";
	}

	/** A plain filing is approved, unless a later filing with its domain was decided first. */
	private String plainDecision(JdbcTemplate jdbc, Map<String, Long> ids, int n) {
		int sharer = n + 4;
		boolean shared = sharer < filings && ChaosFilings.kind(sharer) == Kind.SAME_DOMAIN
				&& "APPROVED".equals(jdbc.queryForObject("select state from filing where id = ?", String.class,
						ids.get(ChaosFilings.consoleFilingId(sharer))));
		return shared ? "REFUSED" : "APPROVED";
	}

	/** Per province, the bureau received sequences 1..n, each once, and our accepted files are those. */
	private static void assertGaplessSequences(JdbcTemplate jdbc) {
		Map<String, List<Long>> atTheBureau = jdbc.query("select province, data_sequence from sim_upload order by "
				+ "province, data_sequence", rs -> {
					Map<String, List<Long>> sequences = new TreeMap<>();
					while (rs.next()) {
						sequences.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
					}
					return sequences;
				});
		assertThat(atTheBureau).isNotEmpty().allSatisfy((province, sequences) -> assertThat(sequences)
			.as("data sequences of province %s at the bureau", province)
			.isEqualTo(LongStream.rangeClosed(1, sequences.size()).boxed().toList()));
		assertThat(jdbc.queryForList("select concat(province, ':', data_sequence) from upload_batch where state = "
				+ "'ACCEPTED'", String.class))
			.as("our accepted files")
			.containsExactlyInAnyOrderElementsOf(atTheBureau.entrySet()
				.stream()
				.flatMap(e -> e.getValue().stream().map(s -> e.getKey() + ":" + s))
				.toList());
		assertThat(count(jdbc, "select count(*) from upload_batch where state <> 'ACCEPTED'"))
			.as("upload files not accepted").isZero();
	}

	private static long count(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	/** What the run did, as printed for the closing note. */
	record Figures(int filings, long rejectedInputs, long recordsUploaded, long files, long decisions, long events,
			long eventRedeliveries, long sms, long smsRedeliveries, long mails, long mailRedeliveries,
			long duplicateFilesRecognised) {

		@Override
		public String toString() {
			return ("%d filings stored and %d rejected inputs; %d records uploaded once each in %d files, sequences "
					+ "gapless; %d decisions applied once; %d events, each transition once, %d redelivered with the "
					+ "same key; %d SMS (%d resent with the same outId) and %d mails (%d resent with the same "
					+ "Message-ID); %d duplicate result files recognised; duplicates found: 0").formatted(filings, rejectedInputs, recordsUploaded, files, decisions, events, eventRedeliveries, sms,
						smsRedeliveries, mails, mailRedeliveries, duplicateFilesRecognised);
		}

	}

}
