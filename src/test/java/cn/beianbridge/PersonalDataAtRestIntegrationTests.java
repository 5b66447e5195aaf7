package cn.beianbridge;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FakeSmsGateway;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Personal data at rest on MariaDB: a personal filing (with its ID-card scans) goes through intake, submission, the
 * bureau's approval and the notifications, a broken one is kept as a rejected input; then every column of every
 * table of ours is read raw, and none holds an ID number, mobile, email, address, name or scan in the clear. The
 * simulated bureau's own tables ({@code sim_*}) stand for the bureau's database and are not ours.
 */
class PersonalDataAtRestIntegrationTests extends SimulatedBureausTestSupport {

	static final FakeSmsGateway sms = new FakeSmsGateway();

	static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void databaseAndChannels(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_at_rest", registry);
		registry.add("bridge.notifications.enabled", () -> true);
		registry.add("bridge.notifications.poll-interval", () -> "200ms");
		registry.add("bridge.sms.base-url", sms::baseUrl);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stop() {
		sms.stop();
	}

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	Notifications notifications;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noColumnOfOursHoldsPersonalDataInTheClearAndTheBridgeStillReadsIt() {
		FilingJson personal = aFirstFiling().personal().inProvince("33").withConsoleFilingId("AT-REST-1")
			.entityAddress("西湖区文三路188号").emergencyMobile("13900000188");
		FilingDocument sent = personal.document();
		simulator.forceNext("33", Decision.APPROVE);
		IntakeResult stored = intake.accept(personal.bytes(), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		// a filing that breaks the contract is kept whole, with the same person's data in it
		ObjectNode broken = aFirstFiling().personal().inProvince("33").withConsoleFilingId("AT-REST-BAD").build();
		broken.remove("websites");
		IntakeResult rejected = intake.accept(broken.toString()
			.getBytes(StandardCharsets.UTF_8), IntakeSource.PUSH, "test");
		assertThat(rejected.outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);

		submitter.submit("33");
		downloader.download("33");
		// submitted and approved, to the applicant and the website's responsible person, by SMS and by email
		await().atMost(Duration.ofSeconds(30)).until(() -> notifications.forFiling("AT-REST-1").stream()
			.filter(n -> n.status() == NotificationStatus.SENT).count() == 8);

		Map<String, String> personalData = personalData(sent);
		List<String> inTheClear = new ArrayList<>();
		for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = "
				+ "DATABASE() AND table_name NOT LIKE 'sim\\_%' AND table_name NOT LIKE 'qrtz\\_%' "
				+ "AND table_name NOT LIKE 'batch\\_%' AND table_name <> 'flyway_schema_history'", String.class)) {
			jdbc.query("SELECT * FROM " + table, rs -> {
				ResultSetMetaData columns = rs.getMetaData();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					String raw = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
							: String.valueOf(value);
					String column = table + "." + columns.getColumnName(i);
					personalData.forEach((what, plain) -> {
						if (raw.contains(plain)) {
							inTheClear.add(column + " holds " + what);
						}
					});
				}
			});
		}
		assertThat(inTheClear).isEmpty();

		// the bridge reads it all back as the console sent it, and the people were told in the clear
		FilingDocument read = filings.document(stored.filingId()).orElseThrow();
		assertThat(read.entity()).isEqualTo(sent.entity());
		assertThat(read.websites()).isEqualTo(sent.websites());
		assertThat(read.emergencyContact()).isEqualTo(sent.emergencyContact());
		assertThat(read.attachments()).isEqualTo(sent.attachments());
		assertThat(sms.received()).extracting(r -> r.get("phoneNumbers").asText())
			.contains(sent.entity().responsiblePerson().mobile());
		assertThat(notifications.forFiling("AT-REST-1")).extracting(NotificationRecord::recipient)
			.contains(sent.entity().responsiblePerson().email());
		// found by blind index, whatever the case of the check character
		String applicantId = sent.entity().certificate().number();
		assertThat(filings.naming(applicantId.toLowerCase())).extracting(FilingSummary::id)
			.containsExactly(stored.filingId());
		assertThat(filings.naming(sent.websites().get(0).responsiblePerson().email())).extracting(FilingSummary::id)
			.containsExactly(stored.filingId());
		assertThat(filings.naming("13811112222")).isEmpty();
	}

	/** Every ID number, mobile, email, address, name and scan of the filing, by what it is. */
	static Map<String, String> personalData(FilingDocument filing) {
		Map<String, String> data = new LinkedHashMap<>();
		FilingDocument.Entity entity = filing.entity();
		data.put("the applicant's name", entity.name());
		data.put("the applicant's ID number", entity.certificate().number());
		data.put("the applicant's address", entity.address());
		data.put("the address on the applicant's certificate", entity.certificate().address());
		person(data, "the applicant's responsible person", entity.responsiblePerson());
		data.put("the emergency contact's name", filing.emergencyContact().name());
		data.put("the emergency contact's mobile", filing.emergencyContact().mobile());
		filing.websites().forEach(w -> person(data, "website " + w.consoleWebsiteId() + "'s responsible person",
				w.responsiblePerson()));
		filing.attachments().forEach(a -> data.put("the scan " + a.purpose(),
				new String(a.content(), StandardCharsets.UTF_8)));
		data.values().removeIf(value -> value == null || value.isBlank());
		return data;
	}

	private static void person(Map<String, String> data, String who, FilingDocument.Person person) {
		data.put(who + "'s name", person.name());
		data.put(who + "'s ID number", person.certificate().number());
		data.put(who + "'s mobile", person.mobile());
		data.put(who + "'s email", person.email());
		data.put(who + "'s office phone", person.officePhone());
	}

}
