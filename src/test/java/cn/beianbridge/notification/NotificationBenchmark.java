package cn.beianbridge.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.NotificationBacklog;
import cn.beianbridge.support.SlowChannels;
import cn.beianbridge.support.SlowSmsGateway;

/**
 * How fast a backlog of notifications leaves MariaDB through an SMS gateway and an SMTP server (GreenMail) that each
 * take a fixed time per message, beside the bound that time and each channel's concurrency allow (concurrency /
 * latency), and beside the raw floor measured in the same run: as many threads sending straight to the same peers,
 * without queue or database (on a loaded machine a message takes longer than the latency). Fails if any notification arrived twice or not at all. Run:
 * {@code ./mvnw verify -Pbenchmark -Dit.test=NotificationBenchmark [-Dbenchmark.sms=2000 -Dbenchmark.emails=2000
 * -Dbenchmark.latency-ms=50 -Dbenchmark.sms-concurrency=8 -Dbenchmark.email-concurrency=4]}
 */
@ActiveProfiles("test")
// a line per notification sent would time the console, not the sending
@SpringBootTest(properties = "logging.level.cn.beianbridge.notification=WARN")
class NotificationBenchmark {

	static final int SMS = Integer.getInteger("benchmark.sms", 2_000);

	static final int EMAILS = Integer.getInteger("benchmark.emails", 2_000);

	/** Messages per channel for the raw floor. */
	static final int RAW = 500;

	static final int LATENCY_MS = Integer.getInteger("benchmark.latency-ms", 50);

	/** Production's defaults unless told otherwise. */
	static final Integer SMS_CONCURRENCY = Integer.getInteger("benchmark.sms-concurrency");

	static final Integer EMAIL_CONCURRENCY = Integer.getInteger("benchmark.email-concurrency");

	static final SlowChannels peers = new SlowChannels(LATENCY_MS);

	static final SlowSmsGateway gateway = peers.gateway();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_notify_bench", registry);
		peers.register(registry);
		if (SMS_CONCURRENCY != null) {
			registry.add("bridge.notifications.sms.concurrency", () -> SMS_CONCURRENCY);
		}
		if (EMAIL_CONCURRENCY != null) {
			registry.add("bridge.notifications.email.concurrency", () -> EMAIL_CONCURRENCY);
		}
	}

	@AfterAll
	static void stopPeers() {
		peers.stop();
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalData personalData;

	@Autowired
	Clock clock;

	@Autowired
	NotificationSettings settings;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JavaMailSender mailSender;

	/** Off (test-overrides.yml) until the backlog is stored: the clock starts with the poller. */
	@Autowired
	@Qualifier("notificationDeliveryPoller")
	Lifecycle delivery;

	@Test
	void sendingRateBesideTheBoundOfLatencyAndConcurrency() throws Exception {
		List<String> keys = NotificationBacklog.store(jdbc, personalData, clock.instant(), "BENCH", SMS, EMAILS);
		Map<Channel, Integer> expected = Map.of(Channel.SMS, SMS, Channel.EMAIL, EMAILS);
		Map<Channel, Double> seconds = new EnumMap<>(Channel.class);
		// how busy each channel's threads were while it had a backlog: below its concurrency, the feed fell short
		Map<Channel, double[]> busy = new EnumMap<>(Map.of(Channel.SMS, new double[2], Channel.EMAIL, new double[2]));

		long start = System.nanoTime();
		delivery.start();
		long deadline = start + Duration.ofMinutes(10).toNanos();
		while (seconds.size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(20);
			double elapsed = (System.nanoTime() - start) / 1e9;
			for (Channel channel : Channel.values()) {
				if (!seconds.containsKey(channel) && sent(channel) >= expected.get(channel)) {
					seconds.put(channel, elapsed);
				}
				if (!seconds.containsKey(channel)) {
					busy.get(channel)[0] += meters.get("bridge.notifications.in-flight").tag("channel", channel.name())
						.gauge()
						.value();
					busy.get(channel)[1]++;
				}
			}
		}
		delivery.stop();

		System.out.printf("%nNotification benchmark (MariaDB, %d SMS + %d emails, %d ms per message at the peer)%n", SMS,
				EMAILS, LATENCY_MS);
		for (Channel channel : Channel.values()) {
			int concurrency = settings.concurrency(channel);
			double bound = concurrency * 1000.0 / LATENCY_MS;
			Double took = seconds.get(channel);
			double rate = took == null ? sent(channel) / ((System.nanoTime() - start) / 1e9) : expected.get(channel) / took;
			System.out.printf("  %-5s concurrency %2d: %8.2f s  %7.1f sent/s   bound %d/%d ms = %7.1f/s   ratio %.2f"
					+ "   (mean in flight %.1f)%n", channel, concurrency, took == null ? Double.NaN : took, rate, concurrency,
					LATENCY_MS, bound, rate / bound, busy.get(channel)[0] / Math.max(1, busy.get(channel)[1]));
		}
		System.out.printf("  at once at the peers: SMS %d, SMTP %d%n", gateway.mostAtOnce(), peers.relay().mostAtOnce());
		eachArrivedOnce(keys);
		for (Channel channel : Channel.values()) {
			int concurrency = settings.concurrency(channel);
			int messages = Math.min(RAW, expected.get(channel));
			double rawSeconds = raw(channel, concurrency, messages);
			double rate = expected.get(channel) / seconds.get(channel);
			System.out.printf("  %-5s raw: %d threads sending %d straight to the same peer, no queue, no database: "
					+ "%7.1f sent/s   queue/raw %.2f%n", channel, concurrency, messages, messages / rawSeconds,
					rate / (messages / rawSeconds));
		}
		System.out.println();
	}

	/**
	 * Seconds for {@code concurrency} threads to send {@code messages} straight to the channel's peer (JDK HttpClient;
	 * JavaMailSender, a connection per message), without queue or database: what a plain client gets from these peers
	 * on this machine right now. The email sender keeps its connections open between messages, so it can beat it.
	 */
	private double raw(Channel channel, int concurrency, int messages) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(concurrency);
		long start = System.nanoTime();
		List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			done.add(threads.submit(() -> {
				for (int i; (i = next.getAndIncrement()) < messages;) {
					String key = "RAW-" + channel + "-" + i;
					if (channel == Channel.SMS) {
						http.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/sms/send"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString("{\"phoneNumbers\":\"13800000000\",\"signName\":"
									+ "\"备案助手\",\"templateCode\":\"SMS_BEIAN_APPROVED\",\"outId\":\"" + key + "\"}"))
							.build(), HttpResponse.BodyHandlers.ofString());
					}
					else {
						SimpleMailMessage mail = new SimpleMailMessage();
						mail.setFrom("beian@localhost");
						mail.setTo("raw" + i + "@example.cn");
						mail.setSubject("备案已通过");
						mail.setText("您好，备案已通过（" + key + "）。");
						mailSender.send(mail);
					}
				}
				return null;
			}));
		}
		for (java.util.concurrent.Future<?> each : done) {
			each.get();
		}
		threads.shutdown();
		return (System.nanoTime() - start) / 1e9;
	}

	private int sent(Channel channel) {
		return jdbc.queryForObject("select count(*) from notification where channel = ? and status = 'SENT'",
				Integer.class, channel.name());
	}

	private void eachArrivedOnce(List<String> keys) {
		Map<String, Integer> atGateway = gateway.receivedByOutId();
		List<String> sms = keys.stream().filter(k -> k.contains("-SMS-")).toList();
		List<String> twice = atGateway.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
		List<String> missing = sms.stream().filter(k -> !atGateway.containsKey(k)).toList();
		Map<String, Long> mailed = peers.mailedByKey();
		List<String> mailedTwice = mailed.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
		List<String> notMailed = keys.stream().filter(k -> k.contains("-EMAIL-") && !mailed.containsKey(k)).toList();
		if (!twice.isEmpty() || !missing.isEmpty() || !mailedTwice.isEmpty() || !notMailed.isEmpty()) {
			throw new AssertionError("SMS sent twice: " + twice + ", never: " + missing + "; mail sent twice: "
					+ mailedTwice + ", never: " + notMailed);
		}
	}

}
