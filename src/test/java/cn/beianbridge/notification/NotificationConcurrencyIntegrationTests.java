package cn.beianbridge.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.BeianBridgeApplication;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.NotificationBacklog;
import cn.beianbridge.support.SlowChannels;
import cn.beianbridge.support.SlowSmsGateway;
import cn.beianbridge.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backlog of notifications on MariaDB goes out through an SMS gateway and an SMTP server that each take a while
 * per message: never more sends at once than each channel's limit, each notification once, a slow channel never
 * holding the other back, and a node stopped mid-backlog leaving nothing half done.
 */
@ActiveProfiles("test")
@SpringBootTest(properties = { "bridge.notifications.poll-interval=100ms", "bridge.notifications.sms.concurrency=3",
		"bridge.notifications.email.concurrency=2", "bridge.node.name=sender" })
class NotificationConcurrencyIntegrationTests {

	static final String DATABASE = MySqlTestDatabase.freshDatabase("bridge_notify_pool");

	static final SlowChannels peers = new SlowChannels(40);

	static final SlowSmsGateway gateway = peers.gateway();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", () -> "root");
		registry.add("spring.datasource.password", () -> "");
		peers.register(registry);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalData personalData;

	@Autowired
	Clock clock;

	/** Off (test-overrides.yml) until a test has stored its backlog. */
	@Autowired
	@Qualifier("notificationDeliveryPoller")
	Lifecycle delivery;

	@BeforeEach
	void calm() {
		peers.reset(40);
	}

	@AfterEach
	void stopSending() {
		delivery.stop();
	}

	@AfterAll
	static void stopPeers() {
		peers.stop();
	}

	@Test
	void aBacklogGoesOutEachOnceWithNoMoreSendsAtOnceThanEachChannelAllows() {
		List<String> keys = NotificationBacklog.store(jdbc, personalData, clock.instant(), "POOL", 90, 40);

		delivery.start();

		await().atMost(Duration.ofSeconds(90)).until(() -> sent("POOL") == keys.size());
		assertThat(gateway.mostAtOnce()).as("SMS requests at once").isBetween(2, 3);
		assertThat(peers.relay().mostAtOnce()).as("SMTP connections at once").isEqualTo(2);
		assertEachArrivedOnce(keys);
	}

	@Test
	void mailGoesOutOnConnectionsKeptOpenAndOneTheServerClosedIsReplacedWithNothingLost() {
		// connections the earlier tests left open are kept for this one's messages: the server hangs up on them first
		peers.relay().hangUpAll();
		List<String> keys = NotificationBacklog.store(jdbc, personalData, clock.instant(), "KEEP", 0, 30);

		delivery.start();

		await().atMost(Duration.ofSeconds(60)).until(() -> sent("KEEP") == keys.size());
		assertThat(peers.relay().connections()).as("SMTP connections for 30 messages, 2 at once").isEqualTo(2);

		// the server hangs up on the connections waiting for the next message
		peers.relay().hangUpAll();
		List<String> later = NotificationBacklog.store(jdbc, personalData, clock.instant(), "KEPT", 0, 6);

		await().atMost(Duration.ofSeconds(60)).until(() -> sent("KEPT") == later.size());
		// a new one for each dead one taken (one thread may have sent all six)
		assertThat(peers.relay().connections()).isBetween(3, 4);
		// none failed for it: each once at the server, in one attempt
		assertEachArrivedOnce(java.util.stream.Stream.concat(keys.stream(), later.stream()).toList());
	}

	@Test
	void aSlowSmsGatewayDoesNotHoldTheMailBack() {
		gateway.latency(2_000);
		List<String> keys = NotificationBacklog.store(jdbc, personalData, clock.instant(), "SLOW", 12, 20);

		delivery.start();

		await().atMost(Duration.ofSeconds(20)).until(() -> sent("SLOW-EMAIL") == 20);
		assertThat(sent("SLOW-SMS")).as("SMS sent by the time every mail went").isLessThan(12);
		assertThat(gateway.mostAtOnce()).isEqualTo(3);

		gateway.latency(0);
		await().atMost(Duration.ofSeconds(30)).until(() -> sent("SLOW") == keys.size());
		assertEachArrivedOnce(keys);
	}

	@Test
	void aNodeStoppedMidBacklogFinishesItsSendsAndLeavesTheRestToTheNextNodeEachOnce() {
		gateway.latency(300);
		List<String> keys = NotificationBacklog.store(jdbc, personalData, clock.instant(), "STOP", 40, 0);
		ConfigurableApplicationContext other = otherNode();
		await().atMost(Duration.ofSeconds(30)).until(() -> gateway.receivedCount() >= 6);

		other.close();

		// what the gateway took was recorded as sent; the rest waits, unclaimed, with no attempt spent
		assertThat(sent("STOP")).isEqualTo(gateway.receivedCount()).isLessThan(40);
		assertThat(jdbc.queryForObject("select count(*) from notification where notification_key like 'STOP-%' and "
				+ "status = 'PENDING' and attempts = 0 and claimed_by is null", Integer.class))
			.isEqualTo(40 - sent("STOP"));

		gateway.latency(0);
		delivery.start();
		await().atMost(Duration.ofSeconds(30)).until(() -> sent("STOP") == keys.size());
		assertEachArrivedOnce(keys);
	}

	/** Another node on the same database, sending, with the same channels and limits as this one. */
	private static ConfigurableApplicationContext otherNode() {
		List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + DATABASE,
				"--spring.datasource.username=root", "--spring.datasource.password=", "--server.port=" + FreePort.next(),
				"--bridge.node.name=stopping", "--bridge.notifications.enabled=true",
				"--bridge.notifications.poll-interval=100ms", "--bridge.notifications.sms.concurrency=3",
				"--bridge.notifications.email.concurrency=2"));
		peers.properties().forEach((name, value) -> args.add("--" + name + "=" + value));
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test")
			.initializers(TestClock.initializer())
			.run(args.toArray(String[]::new));
	}

	private int sent(String keyPrefix) {
		return jdbc.queryForObject("select count(*) from notification where notification_key like ? and status = 'SENT'",
				Integer.class, keyPrefix + "-%");
	}

	/** Each SMS once at the gateway, each mail once at the SMTP server, each row SENT in one attempt. */
	private void assertEachArrivedOnce(List<String> keys) {
		List<String> sms = keys.stream().filter(k -> k.contains("-SMS-")).toList();
		assertThat(gateway.receivedByOutId()).containsOnlyKeys(sms)
			.allSatisfy((outId, count) -> assertThat(count).as(outId).isOne());
		List<String> mails = keys.stream().filter(k -> k.contains("-EMAIL-")).toList();
		assertThat(peers.mailedByKey()).containsOnlyKeys(mails)
			.allSatisfy((key, count) -> assertThat(count).as(key).isOne());
		assertThat(jdbc.queryForObject("select count(*) from notification where notification_key in ("
				+ String.join(",", keys.stream().map(k -> "'" + k + "'").toList())
				+ ") and status = 'SENT' and attempts = 1", Integer.class)).isEqualTo(keys.size());
	}

}
