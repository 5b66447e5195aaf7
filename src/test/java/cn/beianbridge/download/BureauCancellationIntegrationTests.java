package cn.beianbridge.download;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingContacts;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.BureauEventSchema;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FakeSmsGateway;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.JobRunner;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static cn.beianbridge.support.FilingJson.aNewWebsiteFiling;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bureau's own cancellations end to end on MariaDB: filings approved by the simulated bureau over SOAP, then a
 * ZXSJ placed in the simulator's download queue (a row of {@code sim_download}, the file as the bureau packs it) and
 * fetched by the download, delivered again and repeated in another file. The console (WireMock) receives each
 * CANCELLED once, the customers are told once by SMS and by mail (a real SMTP server), the operators get the domains
 * to cut off, the numbers no longer show as filed, and an id we do not know is quarantined and alerted.
 */
class BureauCancellationIntegrationTests extends SimulatedBureausTestSupport {

	static final FakeConsole console = new FakeConsole();

	static final FakeSmsGateway sms = new FakeSmsGateway();

	static final int SMTP_PORT = FreePort.next();

	static final String OPERATOR = "ops@test.example.cn";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	static final String BUREAU_EVENTS = "/api/v1/filings/.*/bureau-events";

	@DynamicPropertySource
	static void databaseConsoleAndMessages(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_zxsj", registry);
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.console.token", () -> "it-console-token");
		registry.add("bridge.notifications.enabled", () -> true);
		registry.add("bridge.notifications.poll-interval", () -> "200ms");
		registry.add("bridge.notifications.operators.emails", () -> OPERATOR);
		registry.add("bridge.sms.base-url", sms::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopPeers() {
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
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalData personalData;

	@Autowired
	Notifications notifications;

	@Test
	void anEntityWithThreeWebsitesCancelledByTheBureauTwiceIsToldOnceToEveryoneAndAnUnknownIdIsKept()
			throws Exception {
		console.wireMock().stubFor(post(urlPathMatching(BUREAU_EVENTS)).willReturn(ok()));
		simulator.resetAll();
		// the entity's first filing with two websites, then a third website filed under it
		long first = approved("33", aFirstFiling().withWebsites(2), "ZX-IT-FIRST", "zxit-a");
		long ztid = jdbc.queryForObject("select bureau_ztid from filing where id = ?", Long.class, first);
		String entityNumber = numbers.of(first).orElseThrow().entityIcpNumber();
		ObjectNode third = aNewWebsiteFiling().inProvince("33").withConsoleFilingId("ZX-IT-THIRD").build()
			.put("filingPasswordMd5", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);
		((ObjectNode) third.get("entity")).put("bureauEntityId", ztid).put("icpNumber", entityNumber);
		long added = approved("33", third, "zxit-c");
		List<String> filed = filedNumbers(first, added);
		assertThat(filed).hasSize(4).doesNotContainNull();
		synced();
		settled();
		int smsBefore = sms.received().size();

		// the bureau cancels the entity; the file comes again (our acknowledgement lost), and again in another file
		BureauCancellation entity = new BureauCancellation(BureauCancellation.ENTITY, ztid, "强制注销：网站含违法内容");
		offer("33", "33ZXSJ20261201001", entity);
		downloader.download("33");
		jdbc.update("update sim_download set acknowledged_at = null where file_name = '33ZXSJ20261201001'");
		downloader.download("33");
		offer("33", "33ZXSJ20261201002", entity, new BureauCancellation(BureauCancellation.ENTITY, 4242L, null));
		downloader.download("33");
		synced();
		settled();

		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		assertThat(filings.find(added).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		assertThat(filedNumbers(first, added)).as("no longer shown as filed").containsOnlyNulls();

		Map<String, JsonNode> cancelled = cancelledEventsPostedOnce();
		assertThat(cancelled).containsOnlyKeys("ZX-IT-FIRST", "ZX-IT-THIRD");
		assertThat(cancelled.values()).allSatisfy(event -> {
			assertThat(event.path("cancelledBy").asText()).isEqualTo("BUREAU");
			assertThat(event.path("scope").asText()).isEqualTo("ENTITY");
			assertThat(texts(event.path("retiredIcpNumbers"))).containsExactlyInAnyOrderElementsOf(filed);
			assertThat(event.path("remark").asText()).isEqualTo("强制注销：网站含违法内容");
		});
		assertThat(cancelled.get("ZX-IT-FIRST").path("websites")).hasSize(2);
		assertThat(cancelled.get("ZX-IT-THIRD").path("websites")).hasSize(1);

		// each person of the entity told once by SMS and once by mail, whichever of its filings names them
		Set<String> mobiles = persons(first, added).stream().map(FilingContacts.Person::mobile)
			.collect(Collectors.toSet());
		Set<String> emails = persons(first, added).stream().map(p -> p.email().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<JsonNode> texts = sms.received().subList(smsBefore, sms.received().size());
		assertThat(texts).extracting(t -> t.path("templateCode").asText()).containsOnly("SMS_BEIAN_CANCELLED");
		assertThat(texts).extracting(t -> t.path("phoneNumbers").asText())
			.containsExactlyInAnyOrderElementsOf(mobiles);
		assertThat(texts).allSatisfy(t -> assertThat(FakeSmsGateway.params(t).path("retiredIcpNumbers").asText())
			.contains(entityNumber));
		List<NotificationRecord> mailed = Stream.of("ZX-IT-FIRST", "ZX-IT-THIRD")
			.flatMap(id -> notifications.forFiling(id).stream())
			.filter(n -> n.kind() == NotificationKind.FILING_CANCELLED_BY_BUREAU && n.channel() == Channel.EMAIL)
			.toList();
		assertThat(mailed).extracting(n -> n.recipient().toLowerCase(Locale.ROOT))
			.containsExactlyInAnyOrderElementsOf(emails);
		assertThat(mailed).allSatisfy(n -> {
			assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
			assertThat(n.body()).contains(entityNumber).contains("停止").contains("重新提交备案");
		});
		// GreenMail lists its messages mailbox by mailbox: each is found by the Message-ID the bridge gave it
		List<MimeMessage> mails = Arrays.asList(smtp.getReceivedMessages());
		assertThat(mailed).allSatisfy(n -> assertThat(mails).as("through the SMTP server, once")
			.filteredOn(m -> n.providerRef().equals(messageId(m))).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).startsWith("备案已被管局注销")));

		// the operators: the domains to cut off, once; the unknown id kept and alerted, once
		assertThat(mails).extracting(MimeMessage::getSubject).filteredOn(subject -> subject.contains("管局注销"))
			.containsOnlyOnce(alertSubject(ztid))
			.anySatisfy(subject -> assertThat(subject).contains("无法对应的管局注销"));
		String cutOff = operatorBody("BUREAU_CANCELLATION");
		assertThat(cutOff).contains("zxit-a-1.cn", "zxit-a-2.cn", "zxit-c-1.cn", "ZX-IT-FIRST", "ZX-IT-THIRD");
		assertThat(jdbc.queryForList("select code from result_quarantine where province = '33' and identifier = '4242'",
				String.class)).containsExactly("ZXSJ-0");
		assertThat(operatorBody("BUREAU_CANCELLATION_UNKNOWN")).contains("4242", "33ZXSJ20261201002");
	}

	@Test
	void aWebsiteCancelledByTheBureauLeavesItsFilingAndItsOtherWebsites() throws Exception {
		console.wireMock().stubFor(post(urlPathMatching(BUREAU_EVENTS)).willReturn(ok()));
		simulator.resetAll();
		long id = approved("34", aFirstFiling().withWebsites(2), "ZX-IT-SITE", "zxit-s");
		FiledNumbers before = numbers.of(id).orElseThrow();
		long wzid = jdbc.queryForObject("select bureau_wzid from website where filing_id = ? and ordinal = 1",
				Long.class, id);
		synced();
		settled();
		int smsBefore = sms.received().size();

		offer("34", "34ZXSJ20261201001", new BureauCancellation(BureauCancellation.WEBSITE, wzid, null));
		downloader.download("34");
		synced();
		settled();

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		FiledNumbers after = numbers.of(id).orElseThrow();
		assertThat(after.entityIcpNumber()).isEqualTo(before.entityIcpNumber());
		assertThat(after.websites().get(0).icpNumber()).isEqualTo(before.websites().get(0).icpNumber());
		assertThat(after.websites().get(1).icpNumber()).isNull();
		JsonNode event = cancelledEventsPostedOnce().get("ZX-IT-SITE");
		assertThat(event.path("scope").asText()).isEqualTo("WEBSITE");
		assertThat(texts(event.path("retiredIcpNumbers"))).containsExactly(before.websites().get(1).icpNumber());
		assertThat(sms.received().subList(smsBefore, sms.received().size()))
			.extracting(t -> t.path("templateCode").asText()).isNotEmpty().containsOnly("SMS_BEIAN_CANCELLED");
		assertThat(operatorBody("BUREAU_CANCELLATION")).contains("zxit-s-2.cn").doesNotContain("zxit-s-1.cn");
	}

	private long approved(String province, FilingJson filing, String consoleFilingId, String domainPrefix)
			throws Exception {
		return approved(province, filing.inProvince(province).withConsoleFilingId(consoleFilingId).build(),
				domainPrefix);
	}

	/** Stored, submitted to the simulated bureau and approved by it with numbers, each website a domain of its own. */
	private long approved(String province, ObjectNode filing, String domainPrefix) throws Exception {
		for (int i = 0; i < filing.get("websites").size(); i++) {
			ObjectNode website = (ObjectNode) filing.get("websites").get(i);
			String domain = domainPrefix + "-" + (i + 1) + ".cn";
			((ArrayNode) website.get("domains")).removeAll().add(domain);
			website.put("homeUrl", "www." + domain);
		}
		simulator.forceNext(province, Decision.APPROVE);
		IntakeResult stored = intake.accept(FilingJson.MAPPER.writeValueAsBytes(filing), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		downloader.download(province);
		assertThat(filings.find(stored.filingId()).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		return stored.filingId();
	}

	/** A ZXSJ the bureau holds for us, packed as it packs its files. */
	private void offer(String province, String fileName, BureauCancellation... cancellations) {
		jdbc.update("insert into sim_download (province, file_name, kind, document, created_at, deliveries) values "
				+ "(?, ?, 'ZXSJ', ?, ?, 0)", province, fileName,
				new DownloadDocumentWriter().write(new BureauCancellations(List.of(cancellations))), LocalDateTime.now());
	}

	/** Every notification planned and sent (the flows poll). */
	private void settled() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from filing_event "
				+ "where notification_status = 'PENDING'", Integer.class) == 0
				&& jdbc.queryForObject("select count(*) from notification where status <> 'SENT'", Integer.class) == 0);
	}

	/** The CANCELLED events the console received, each in exactly one POST, valid against its contract. */
	private Map<String, JsonNode> cancelledEventsPostedOnce() throws Exception {
		List<LoggedRequest> posts = console.wireMock().findAll(postRequestedFor(urlPathMatching(BUREAU_EVENTS)));
		assertThat(posts.stream().collect(Collectors.groupingBy(r -> r.getHeader("Idempotency-Key"),
				Collectors.counting()))).allSatisfy((key, count) -> assertThat(count).as("POSTs of %s", key).isOne());
		Map<String, JsonNode> cancelled = new java.util.LinkedHashMap<>();
		for (LoggedRequest post : posts) {
			JsonNode event = FilingJson.MAPPER.readTree(post.getBodyAsString());
			assertThat(BureauEventSchema.violations(event)).as(event.toString()).isEmpty();
			if (event.path("type").asText().equals("CANCELLED")) {
				assertThat(cancelled.put(event.path("consoleFilingId").asText(), event)).as("one CANCELLED each")
					.isNull();
			}
		}
		return cancelled;
	}

	private List<String> filedNumbers(long... ids) {
		List<String> all = new ArrayList<>();
		for (long id : ids) {
			FiledNumbers filed = numbers.of(id).orElseThrow();
			all.add(filed.entityIcpNumber());
			filed.websites().forEach(w -> all.add(w.icpNumber()));
		}
		// a new website repeats its entity's number
		return new ArrayList<>(new LinkedHashSet<>(all));
	}

	private List<FilingContacts.Person> persons(long... ids) {
		return Arrays.stream(ids).mapToObj(id -> filings.contacts(id).orElseThrow())
			.flatMap(c -> Stream.concat(Stream.of(c.entityPerson()), c.websites().stream().map(FilingContacts.Site::person)))
			.toList();
	}

	private String operatorBody(String kind) {
		return jdbc.queryForList("select body from notification where kind = ? order by id desc", String.class, kind)
			.stream().map(personalData::open).findFirst().orElseThrow();
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String alertSubject(long ztid) {
		return "[beian-bridge] 管局注销：entity Ztid " + ztid + "，须断开接入（浙江）";
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

	/** Sync takes a filing's events one at a time, in order: run until the console has them all. */
	private void synced() {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			new JobRunner(works, provinceJobs).run("sync");
			return jdbc.queryForObject("select count(*) from filing_event where delivery_status <> 'DELIVERED'",
					Integer.class) == 0;
		});
	}

}
