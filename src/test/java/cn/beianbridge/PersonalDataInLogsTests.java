package cn.beianbridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.support.JobRunner;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's whole flow (the simulated console's filings collected, submitted, decided by the simulated bureaus,
 * downloaded, synced back to the console, SMS and mail sent through the simulated gateway and mailbox) with every log
 * line captured, twice: the messages as the code writes them (before the masking converter, so the converter cannot
 * hide a leak) and the console output as an operator reads it. Neither may hold any resident ID number, mobile or
 * email the flow carried.
 */
@TestPropertySource(properties = { "bridge.notifications.enabled=true", "bridge.notifications.poll-interval=100ms",
		"bridge.console.base-url=http://localhost:${server.port}/simulator/console",
		"bridge.sms.base-url=http://localhost:${server.port}/simulator/sms",
		"bridge.notifications.mail-from=beian@demo.example.com",
		"bridge.notifications.operators.emails=ops@demo.example.com" })
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTests extends SimulatedBureausTestSupport {

	static final String PHOTO_APPROVED = "2026-11-30T09:00:00+08:00";

	/** Fields that hold personal data wherever they stand; a person's name is found through its person. */
	static final Set<String> PERSONAL_FIELDS = Set.of("mobile", "email", "address");

	static final OffsetDateTime START = OffsetDateTime.parse("2026-11-30T10:00:00+08:00");

	@TestConfiguration
	static class FixedTime {

		@Bean
		@Primary
		MutableClock demoClock() {
			return new MutableClock(START.toInstant());
		}

	}

	@Autowired
	MutableClock clock;

	@Autowired
	List<ScheduledWork> works;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	Notifications notifications;

	@Autowired
	Filings filings;

	@Autowired
	FilingIntake intake;

	@Value("${server.port}")
	int port;

	@Test
	void noIdNumberMobileOrEmailOfTheFlowReachesTheLog(CapturedOutput output) throws Exception {
		CapturedMessages messages = CapturedMessages.attach();
		try {
			// the simulated console offers five filings at once and one every four seconds: 40 filings cover every
			// outcome of its mix (approved, rejected, refused, held by a rule, by the bureau's schema, broken contract)
			clock.advance(Duration.ofSeconds(140));
			run("collect");
			for (ObjectNode filing : pushed()) {
				intake.accept(filing.toString().getBytes(StandardCharsets.UTF_8), IntakeSource.PUSH, "push");
			}
			run("sync");
			run("submit");
			run("sync");
			run("download");
			run("sync");
			await().atMost(Duration.ofMinutes(2)).until(() -> notifications.countByStatus()
				.get(NotificationStatus.PENDING) == 0);
		}
		finally {
			messages.stop();
		}
		Set<String> values = new TreeSet<>();
		collect(consolePage(), values);
		pushed().forEach(filing -> collect(filing, values));
		List<String> used = new ArrayList<>(values);
		assertThat(used).as("the flow carried personal data").hasSizeGreaterThan(60);
		assertThat(filings.events("DEMO-1")).as("a decided filing's events").anyMatch(e -> e.contains("APPROVED"));
		assertThat(notifications.countByStatus().get(NotificationStatus.SENT)).isGreaterThan(20);

		assertThat(hits(used, messages.text())).as("personal data in log messages").isEmpty();
		assertThat(hits(used, output.getAll())).as("personal data in the console output").isEmpty();
	}

	private void run(String jobName) throws Exception {
		clock.advance(Duration.ofMinutes(1));
		new JobRunner(works, provinceJobs).run(jobName);
	}

	/**
	 * Filings pushed beside the console's, each breaking a rule whose reason used to quote what it checked: an
	 * emergency contact sharing the applicant's mobile, an address the bureau's GBK file cannot carry, a personal
	 * applicant under age, a mobile and an email of the wrong form.
	 */
	private static List<ObjectNode> pushed() {
		ObjectNode sharedMobile = aFirstFiling().inProvince("44").withConsoleFilingId("PUSH-EMERGENCY")
			.emergencyMobile("13800000001").photoApprovedAt(PHOTO_APPROVED).build();
		ObjectNode notGbk = aFirstFiling().inProvince("32").withConsoleFilingId("PUSH-GBK").withDomainCertificates()
			.entityAddress("南京市玄武区中山路𪚥号").photoApprovedAt(PHOTO_APPROVED).build();
		ObjectNode young = aFirstFiling().inProvince("33").withConsoleFilingId("PUSH-YOUNG").personal()
			.applicantBornOn("2010-05-05").photoApprovedAt(PHOTO_APPROVED).build();
		ObjectNode badMobile = aFirstFiling().inProvince("35").withConsoleFilingId("PUSH-MOBILE")
			.photoApprovedAt(PHOTO_APPROVED).build();
		((ObjectNode) badMobile.at("/websites/0/responsiblePerson")).put("mobile", "12345678901");
		ObjectNode badEmail = aFirstFiling().inProvince("36").withConsoleFilingId("PUSH-EMAIL")
			.photoApprovedAt(PHOTO_APPROVED).build();
		((ObjectNode) badEmail.at("/entity/responsiblePerson")).put("email", "zhang.san@@example.cn");
		return List.of(sharedMobile, notGbk, young, badMobile, badEmail);
	}

	/** The filings the simulated console offered. */
	private JsonNode consolePage() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port
						+ "/simulator/console/api/v1/filings?status=PHOTO_APPROVED&limit=200"))
				.header("Authorization", "Bearer test-console-token")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return new ObjectMapper().readTree(page.body());
	}

	/**
	 * Every resident ID number, mobile, email, address and name of a natural person (a responsible person, an
	 * emergency contact, a personal entity) in these filings.
	 */
	private static void collect(JsonNode node, Set<String> values) {
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				String name = field.getKey();
				if (PERSONAL_FIELDS.contains(name) && field.getValue().isTextual()) {
					values.add(field.getValue().asText());
				}
				else if (name.equals("responsiblePerson") || name.equals("emergencyContact")
						|| (name.equals("entity") && "INDIVIDUAL".equals(field.getValue().path("nature").asText()))) {
					values.add(field.getValue().path("name").asText());
					collect(field.getValue(), values);
				}
				else if (name.equals("certificate") && "RESIDENT_ID".equals(field.getValue().path("type").asText())) {
					values.add(field.getValue().path("number").asText());
				}
				else {
					collect(field.getValue(), values);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(child -> collect(child, values));
		}
	}

	private static List<String> hits(List<String> values, String log) {
		return log.lines()
			.filter(line -> values.stream().filter(value -> value.length() > 1).anyMatch(line::contains))
			.limit(20)
			.toList();
	}

	/** Every event's message and stack trace as the code wrote them, from every thread. */
	static final class CapturedMessages extends AppenderBase<ILoggingEvent> {

		private final Queue<String> lines = new ConcurrentLinkedQueue<>();

		static CapturedMessages attach() {
			CapturedMessages appender = new CapturedMessages();
			Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			appender.setContext(root.getLoggerContext());
			appender.start();
			root.addAppender(appender);
			return appender;
		}

		@Override
		protected void append(ILoggingEvent event) {
			lines.add(event.getLoggerName() + ": " + event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		}

		@Override
		public void stop() {
			((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
			super.stop();
		}

		String text() {
			return String.join("\n", lines);
		}

	}

}
