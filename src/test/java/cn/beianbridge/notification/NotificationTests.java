package cn.beianbridge.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.Lifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.support.FakeSmsGateway;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.OtherNode;
import cn.beianbridge.support.SimulatedBureausTestSupport;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customers and operators hear of what happened, once: SMS through the gateway (WireMock), email through a
 * real SMTP server (GreenMail), rendered from config/notifications/, filings submitted to and decided by the
 * simulated bureaus over SOAP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.bureau.rate-per-second=50",
				"bridge.notifications.enabled=true", "bridge.notifications.poll-interval=100ms",
				"bridge.notifications.initial-backoff=100ms", "bridge.notifications.max-backoff=200ms",
				"bridge.notifications.max-attempts=3", "bridge.notifications.mail-from=beian@provider.example",
				"bridge.notifications.operators.emails=ops@provider.example",
				"bridge.provinces.45.sms-verification.required=false" })
class NotificationTests extends SimulatedBureausTestSupport {

	private static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(true);

	static FakeSmsGateway sms = new FakeSmsGateway();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("bridge.sms.base-url", sms::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/** The application's clock: what it compares claims and due times with. */
	@Autowired
	Clock clock;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	Notifications notifications;

	@Autowired
	List<ScheduledWork> work;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalData personalData;

	@Autowired
	@Qualifier("notificationDeliveryPoller")
	Lifecycle deliveryPoller;

	@LocalManagementPort
	int managementPort;

	@AfterEach
	void calm() {
		simulator.resetAll();
		sms.acceptAll();
	}

	@AfterAll
	static void stop() {
		sms.stop();
	}

	@Test
	void customersHearOfTheSubmissionAndOfEachDecisionOnceBySmsAndEmail() throws Exception {
		simulator.forceNext("33", Decision.APPROVE);
		simulator.forceNext("35", Decision.REJECT);
		simulator.forceNext("44", Decision.REFUSE, 1005);
		long approved = submitted("33", "N-APPROVE");
		long rejected = submitted("35", "N-REJECT");
		long refused = submitted("44", "N-REFUSE");

		// submitted: the entity's and the website's responsible person, each by SMS and by email
		await().atMost(Duration.ofSeconds(20)).until(() -> sms.received().size() == 6 && smtp.getReceivedMessages().length == 6);
		JsonNode reminder = smsTo("13800000001", "N-APPROVE", "SMS_BEIAN_SUBMITTED");
		assertThat(reminder.get("signName").asText()).isEqualTo("备案助手");
		assertThat(FakeSmsGateway.params(reminder).get("smsHours").asText()).isEqualTo("24");
		assertThat(FakeSmsGateway.params(reminder).get("provinceName").asText()).isEqualTo("浙江");
		MimeMessage reminderMail = mail("person2@example.cn", "N-APPROVE", "备案已提交");
		assertThat(reminderMail.getSubject()).isEqualTo("备案已提交管局，请在24小时内完成工信部短信核验");
		assertThat(text(reminderMail)).contains("李四，您好").contains("24 小时内");
		assertThat(reminderMail.getFrom()[0].toString()).isEqualTo("beian@provider.example");

		downloader.download("33");
		downloader.download("35");
		downloader.download("44");
		await().atMost(Duration.ofSeconds(20)).until(() -> sms.received().size() == 12 && smtp.getReceivedMessages().length == 12);

		FiledNumbers filed = numbers.of(approved).orElseThrow();
		JsonNode approval = smsTo("13700000002", "N-APPROVE", "SMS_BEIAN_APPROVED");
		assertThat(FakeSmsGateway.params(approval).get("entityIcpNumber").asText()).isEqualTo(filed.entityIcpNumber());
		String approvalMail = text(mail("person1@example.cn", "N-APPROVE", "备案已通过"));
		assertThat(mail("person1@example.cn", "N-APPROVE", "备案已通过").getSubject()).isEqualTo("备案已通过：" + filed.entityIcpNumber());
		assertThat(approvalMail).contains("主体备案号：" + filed.entityIcpNumber())
			.contains("示例官网1（example1.cn）：" + filed.websites().get(0).icpNumber())
			.contains("网站首页底部").contains("https://beian.miit.gov.cn");

		JsonNode rejection = FilingJson.MAPPER.readTree(lastEvent("N-REJECT"));
		String opinion = rejection.get("reasons").get(0).get("text").asText();
		assertThat(FakeSmsGateway.params(smsTo("13800000001", "N-REJECT", "SMS_BEIAN_REJECTED")).get("reasons").asText())
			.contains(opinion);
		assertThat(text(mail("person2@example.cn", "N-REJECT", "备案未通过"))).contains("审核意见：")
			.contains(opinion).contains("审核人：" + rejection.get("reviewer").asText());

		assertThat(text(mail("person1@example.cn", "N-REFUSE", "备案被管局退回"))).contains("[1005]");
		assertThat(filings.find(rejected)).isPresent();
		assertThat(filings.find(refused)).isPresent();

		// exactly once: one request per outId, one mail per (recipient, subject)
		assertThat(sms.received().stream().collect(Collectors.groupingBy(r -> r.get("outId").asText(),
				Collectors.counting()))).hasSize(12).allSatisfy((outId, count) -> assertThat(count).isEqualTo(1L));
		assertThat(notifications.forFiling("N-APPROVE")).hasSize(8)
			.allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));

		// the planner sees every event again (a crash before "planned" committed): nothing new is planned or sent
		jdbc.update("update filing_event set notification_status = 'PENDING'");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from filing_event where notification_status = 'PENDING'", Integer.class) == 0);
		Thread.sleep(500);
		assertThat(sms.received()).hasSize(12);
		assertThat(smtp.getReceivedMessages()).hasSize(12);
	}

	@Test
	void aFailingGatewayIsRetriedThenParkedVisiblyAndAResendGoesOutOnce() throws Exception {
		sms.failWith(503);
		simulator.forceNext("36", Decision.APPROVE);
		submitted("36", "N-DEAD");

		await().atMost(Duration.ofSeconds(20)).until(() -> notifications.withStatus(NotificationStatus.DEAD, 10).size() == 2);
		List<NotificationRecord> dead = notifications.withStatus(NotificationStatus.DEAD, 10);
		assertThat(dead).allSatisfy(n -> {
			assertThat(n.channel()).isEqualTo(Channel.SMS);
			assertThat(n.attempts()).isEqualTo(3);
			assertThat(n.lastError()).contains("HTTP 503");
		});
		assertThat(sms.received()).hasSize(6);
		// the emails went out regardless
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		String health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
				+ managementPort + "/actuator/health/notifications"))
			.header("Authorization", "Bearer test-management-token")
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(health).contains("\"status\":\"DEGRADED\"").contains("\"dead\":2");

		sms.acceptAll();
		dead.forEach(n -> assertThat(notifications.resend(n.id())).isTrue());
		await().atMost(Duration.ofSeconds(10)).until(() -> sms.received().size() == 2);
		assertThat(sms.received()).extracting(r -> r.get("outId").asText())
			.containsExactlyInAnyOrderElementsOf(dead.stream().map(NotificationRecord::notificationKey).toList());
		// the gateway has the message a moment before the sender records it
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.forFiling("N-DEAD"))
			.allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT)));
	}

	@Test
	void operatorsAreAlertedOnceWhenAFilingMissesItsSubmissionDeadline() throws Exception {
		// photo-approved four weeks ago: its deadline passed whatever day the suite runs
		IntakeResult late = intake.accept(aFirstFiling().inProvince("31").withConsoleFilingId("N-LATE")
			.verifiedInApp("SH-APP-1").photoApprovedAt(TestClock.agoText(Duration.ofDays(28))).bytes(), IntakeSource.PUSH,
				"test");
		assertThat(late.outcome()).as(late.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);

		slaWatch().run();
		slaWatch().run();

		// other tests' filings in this context may be late too: only N-LATE's alerts are this test's
		await().atMost(Duration.ofSeconds(10)).until(() -> alertsAbout("N-LATE").size() == 1);
		Thread.sleep(500);
		assertThat(alertsAbout("N-LATE")).hasSize(1);
		MimeMessage alert = alertsAbout("N-LATE").get(0);
		assertThat(alert.getAllRecipients()[0].toString()).isEqualTo("ops@provider.example");
		assertThat(alert.getSubject()).isEqualTo("[beian-bridge] 超时未提交：N-LATE（上海）");
		assertThat(text(alert)).contains("N-LATE").contains(ChinaTime.format(
				filings.find(late.filingId()).orElseThrow().submissionDeadline()));
		assertThat(sms.received()).as("operators are alerted by email only").isEmpty();
	}

	@Test
	void anEventThatCannotBePlannedIsSetAsideAndTheOnesBehindItGoOn() throws Exception {
		IntakeResult stored = intake.accept(aFirstFiling().inProvince("37").withConsoleFilingId("N-BROKEN").bytes(),
				IntakeSource.PUSH, "test");
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("insert into filing_event (event_id, filing_id, console_filing_id, province, type, occurred_at, "
				+ "payload, delivery_status, attempts, next_attempt_at) values ('00000000-0000-4000-8000-000000000001', ?, "
				+ "'N-BROKEN', '37', 'SUBMITTED', ?, ?, 'DELIVERED', 0, ?)",
				stored.filingId(), now, personalData.seal("{\"occurredAt\":\"yesterday\"}"), now);
		simulator.forceNext("41", Decision.APPROVE);
		submitted("41", "N-BEHIND");

		await().atMost(Duration.ofSeconds(20)).until(() -> sms.received().size() == 2 && smtp.getReceivedMessages().length == 2);
		assertThat(jdbc.queryForObject("select notification_status from filing_event where console_filing_id = 'N-BROKEN'",
				String.class)).isEqualTo("FAILED");
		assertThat(notifications.forFiling("N-BROKEN")).isEmpty();
		assertThat(notifications.forFiling("N-BEHIND")).hasSize(4);
	}

	@Test
	void noVerificationReminderWhereTheProvinceHasNoSmsVerification() throws Exception {
		simulator.forceNext("45", Decision.APPROVE);
		submitted("45", "N-NO-SMS-CHECK");
		downloader.download("45");

		await().atMost(Duration.ofSeconds(20)).until(() -> sms.received().size() == 2 && smtp.getReceivedMessages().length == 2);
		Thread.sleep(500);
		assertThat(sms.received()).extracting(r -> r.get("templateCode").asText()).containsOnly("SMS_BEIAN_APPROVED");
		assertThat(notifications.forFiling("N-NO-SMS-CHECK")).extracting(NotificationRecord::kind)
			.containsOnly(NotificationKind.FILING_APPROVED);
		assertThat(jdbc.queryForObject("select notification_status from filing_event where console_filing_id = "
				+ "'N-NO-SMS-CHECK' and type = 'SUBMITTED'", String.class)).isEqualTo("NONE");
	}

	@Test
	void aCrashedNodesClaimHoldsItsNotificationsUntilItLapsesThenEachGoesOutOnce() throws Exception {
		// a node claimed them and died mid-send: its claim runs for another hour
		claimedWhileTheDeliveryWaits("N-CRASH", "dead-node", null, clock.instant().plus(Duration.ofHours(1)));
		Thread.sleep(1_000);
		assertThat(sms.received()).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		jdbc.update("update notification set claimed_until = ? where console_filing_id = 'N-CRASH'",
				Timestamp.from(clock.instant().minusSeconds(1)));
		assertEachSentOnce("N-CRASH");
	}

	@Test
	void aDeadNodesClaimIsTakenBackOnceTheNodeIsKnownDeadAndEachGoesOutOnce() throws Exception {
		OtherNode nodeB = OtherNode.running(jdbc, clock, "node-b");
		// node-b claimed them, as its delivery would, for claim-ttl (5 m)
		claimedWhileTheDeliveryWaits("N-NODE-DIED", nodeB.incarnation() + "/poll", nodeB.incarnation(),
				clock.instant().plus(Duration.ofMinutes(5)));
		Thread.sleep(1_000);
		assertThat(sms.received()).as("a live node's claim holds").isEmpty();

		// node-b was killed -9 mid-send and started again under its name: its earlier process is dead at once
		nodeB.restarted();
		assertEachSentOnce("N-NODE-DIED");
	}

	/** An approved filing in province 50 whose four notifications another node claimed before this one's poll. */
	private void claimedWhileTheDeliveryWaits(String consoleFilingId, String owner, String node, Instant until)
			throws Exception {
		deliveryPoller.stop();
		try {
			simulator.forceNext("50", Decision.APPROVE);
			submitted("50", consoleFilingId);
			await().atMost(Duration.ofSeconds(20)).until(() -> notifications.forFiling(consoleFilingId).size() == 4);
			jdbc.update("update notification set claimed_by = ?, claimed_node = ?, claimed_until = ? where "
					+ "console_filing_id = ?", owner, node, Timestamp.from(until), consoleFilingId);
		}
		finally {
			deliveryPoller.start();
		}
	}

	/** The filing's two SMS and two mails went out, each once, in one attempt. */
	private void assertEachSentOnce(String consoleFilingId) throws InterruptedException {
		await().atMost(Duration.ofSeconds(20)).until(() -> sms.received().size() == 2 && smtp.getReceivedMessages().length == 2);
		Thread.sleep(500);
		assertThat(sms.received()).hasSize(2).extracting(r -> r.get("outId").asText()).doesNotHaveDuplicates();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(notifications.forFiling(consoleFilingId)).allSatisfy(n -> {
			assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
			assertThat(n.attempts()).isOne();
		});
	}

	/** The decoded text of a plain-text mail. */
	static String text(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ScheduledWork slaWatch() {
		return work.stream().filter(w -> w.jobName().equals("sla-watch")).findFirst().orElseThrow();
	}

	private long submitted(String province, String consoleFilingId) {
		IntakeResult stored = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId)
			.bytes(), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		submitter.submit(province);
		return stored.filingId();
	}

	private List<MimeMessage> alertsAbout(String consoleFilingId) throws jakarta.mail.MessagingException {
		List<MimeMessage> alerts = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getSubject().startsWith("[beian-bridge]") && message.getSubject().contains(consoleFilingId)) {
				alerts.add(message);
			}
		}
		return alerts;
	}

	private String lastEvent(String consoleFilingId) {
		List<String> events = filings.events(consoleFilingId);
		return events.get(events.size() - 1);
	}

	private JsonNode smsTo(String mobile, String consoleFilingId, String templateCode) {
		return sms.received().stream()
			.filter(r -> r.get("phoneNumbers").asText().equals(mobile) && r.get("templateCode").asText().equals(templateCode)
					&& r.get("outId").asText().startsWith(eventIdOf(consoleFilingId, templateCode)))
			.reduce((a, b) -> { throw new AssertionError("two SMS " + templateCode + " to " + mobile); })
			.orElseThrow(() -> new AssertionError("no SMS " + templateCode + " to " + mobile + " for " + consoleFilingId));
	}

	private String eventIdOf(String consoleFilingId, String templateCode) {
		Map<String, String> types = Map.of("SMS_BEIAN_SUBMITTED", "SUBMITTED", "SMS_BEIAN_APPROVED", "APPROVED",
				"SMS_BEIAN_REJECTED", "REJECTED", "SMS_BEIAN_REFUSED", "REFUSED");
		return jdbc.queryForObject("select event_id from filing_event where console_filing_id = ? and type = ?",
				String.class, consoleFilingId, types.get(templateCode));
	}

	/** The one mail to {@code to} about the filing whose subject starts so. */
	private MimeMessage mail(String to, String consoleFilingId, String subject) {
		Function<MimeMessage, String> body = NotificationTests::text;
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(to) && body.apply(m).contains(consoleFilingId)
						&& m.getSubject().startsWith(subject);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).reduce((a, b) -> { throw new AssertionError("two mails " + subject + " to " + to); })
			.orElseThrow(() -> new AssertionError("no mail " + subject + " to " + to + " about " + consoleFilingId));
	}

}
