package cn.beianbridge.purge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code purge} work's retention of personal data (bridge.purge.personal-data.*) over what the real flow leaves
 * behind (filings submitted to and decided by the simulated bureaus), with time moved by a {@link MutableClock}; run on
 * H2 ({@link RetentionTests}) and MariaDB ({@link RetentionIntegrationTests}). A context of its own: its clock runs
 * half a year ahead, which would purge other tests' records. One record per transaction, so every purge goes through
 * several chunks.
 */
@TestPropertySource(properties = { "bridge.purge.chunk-size=1", "bridge.collection.drop-folder=target/retention-drop" })
@ExtendWith(OutputCaptureExtension.class)
abstract class RetentionScenarios extends SimulatedBureausTestSupport {

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	List<ScheduledWork> work;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	/** Personal data is stored sealed (crypto): a column kept is read through it. */
	@Autowired
	cn.beianbridge.crypto.PersonalData sealed;

	@Value("${bridge.collection.drop-folder}")
	Path dropFolder;

	@Test
	void personalDataPastItsRetentionGoesWhatIsStillOnItsWayKeepsIt(CapturedOutput output) throws Exception {
		// 181 days ago: an approval everyone has taken (console, notifications), with an attachment of its own ...
		long old = decided("RET-OLD", "42", aFirstFiling().withAttachment("OTHER", 7777), Decision.APPROVE);
		delivered("RET-OLD");
		// ... a rejection whose events the console has not acknowledged yet ...
		long undelivered = decided("RET-UNDELIVERED", "46", aFirstFiling(), Decision.REJECT);
		// ... a filing the bureau has not decided, input that broke the contract, a sent and a pending notification,
		// a drop file taken in
		intake.accept(aFirstFiling().inProvince("50").withConsoleFilingId("RET-WAITING").bytes(), IntakeSource.PUSH, "test");
		assertThat(submitter.submit("50").filingsSubmitted()).isEqualTo(1);
		intake.accept("{\"consoleFilingId\":\"RET-BROKEN-OLD\"}".getBytes(StandardCharsets.UTF_8), IntakeSource.PUSH, "test");
		notification("RET-SENT-OLD", "SENT");
		notification("RET-PENDING-OLD", "PENDING");
		Path done = Files.createDirectories(dropFolder.resolve("done"));
		try (var earlier = Files.list(done)) { // an earlier run's
			for (Path file : earlier.toList()) {
				Files.delete(file);
			}
		}
		Path oldDrop = Files.writeString(done.resolve("ret-old.json"), "{}");
		Files.setLastModifiedTime(oldDrop, FileTime.from(clock.instant()));
		// 100 days later (81 days ago): another approval everyone has taken, sharing RET-OLD's usual attachments
		clock.advance(Duration.ofDays(100));
		long young = decided("RET-YOUNG", "44", aFirstFiling(), Decision.APPROVE);
		delivered("RET-YOUNG");
		notification("RET-SENT-YOUNG", "SENT");
		// 70 days later (11 days ago): another broken input, another drop file
		clock.advance(Duration.ofDays(70));
		Path youngDrop = Files.writeString(done.resolve("ret-young.json"), "{}");
		Files.setLastModifiedTime(youngDrop, FileTime.from(clock.instant()));
		intake.accept("{\"consoleFilingId\":\"RET-BROKEN-YOUNG\"}".getBytes(StandardCharsets.UTF_8), IntakeSource.PUSH,
				"test");
		clock.advance(Duration.ofDays(11));

		purge().run();

		Map<String, Object> purged = personalData(old);
		assertThat(purged).as("the old approval's personal data").containsEntry("person_name", null)
			.containsEntry("person_cert_number", null)
			.containsEntry("person_mobile", null)
			.containsEntry("person_email", null)
			.containsEntry("emergency_mobile", null)
			.containsEntry("website_person_mobile", null)
			.containsEntry("website_person_cert_number", null);
		assertThat(purged.get("personal_data_purged_at")).isNotNull();
		assertThat(jdbc.queryForMap("select state, entity_name, approved_entity_icp from filing where id = ?", old))
			.as("what an audit needs, and a company's public name")
			.containsEntry("state", "APPROVED")
			.satisfies(row -> assertThat(sealed.open((String) row.get("entity_name"))).isEqualTo("杭州示例科技有限公司"))
			.satisfies(row -> assertThat(row.get("approved_entity_icp")).isNotNull());
		assertThat(jdbc.queryForList("select d.domain from website_domain d join website w on w.id = d.website_id "
				+ "where w.filing_id = ?", String.class, old)).isNotEmpty();
		assertThat(jdbc.queryForList("select c.content is null from filing_attachment a join attachment_content c "
				+ "on c.sha256 = a.sha256 where a.filing_id = ? order by a.ordinal", Boolean.class, old))
			.as("its own attachment's bytes go, those it shares with RET-YOUNG stay")
			.containsExactly(false, false, true);
		for (long kept : List.of(undelivered, young, filings.findByConsoleFilingId("RET-WAITING").orElseThrow().id())) {
			assertThat(personalData(kept)).as("filing %d", kept)
				.doesNotContainEntry("person_mobile", null)
				.containsEntry("personal_data_purged_at", null);
		}
		assertThat(filings.events("RET-OLD")).as("delivered long ago").isEmpty();
		assertThat(filings.events("RET-UNDELIVERED")).as("never acknowledged by the console").hasSize(2);
		assertThat(filings.events("RET-YOUNG")).as("delivered 81 days ago").hasSize(2);
		assertThat(jdbc.queryForList("select console_filing_id from rejected_input where console_filing_id like 'RET-%'",
				String.class)).containsExactly("RET-BROKEN-YOUNG");
		assertThat(jdbc.queryForList("select notification_key from notification where notification_key like 'RET-%' "
				+ "order by notification_key", String.class)).containsExactly("RET-PENDING-OLD", "RET-SENT-YOUNG");
		assertThat(oldDrop).doesNotExist();
		assertThat(youngDrop).exists();
		assertThat(output.getOut()).contains("decided filings' personal data 1 (older than 180 days)",
				"rejected inputs 1 (older than 30 days)", "notifications 1 (older than 90 days)",
				"delivered events 2 (older than 90 days)", "drop-folder files 1 (older than 30 days)");
	}

	private ScheduledWork purge() {
		return work.stream().filter(w -> w.jobName().equals("purge")).findFirst().orElseThrow();
	}

	/** A filing submitted, decided by the bureau and downloaded now. */
	private long decided(String consoleFilingId, String province, FilingJson filing, Decision decision) {
		simulator.forceNext(province, decision);
		IntakeResult result = intake.accept(filing.inProvince(province).withConsoleFilingId(consoleFilingId).bytes(),
				IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		downloader.download(province);
		assertThat(filings.find(result.filingId()).orElseThrow().state()).isIn(FilingState.APPROVED,
				FilingState.REJECTED);
		return result.filingId();
	}

	/** The console acknowledged the filing's events and the notifications planned them (sync and notify did). */
	private void delivered(String consoleFilingId) {
		assertThat(jdbc.update("update filing_event set delivery_status = 'DELIVERED', notification_status = 'PLANNED' "
				+ "where console_filing_id = ?", consoleFilingId)).isEqualTo(2);
	}

	private void notification(String key, String status) {
		jdbc.update("insert into notification (notification_key, kind, audience, channel, recipient, body, status, "
				+ "attempts, next_attempt_at, created_at) values (?, 'FILING_APPROVED', 'CUSTOMER', 'SMS', '13800000001', "
				+ "'您的备案已通过', ?, 0, ?, ?)", key, status, Timestamp.from(clock.instant()),
				Timestamp.from(clock.instant()));
	}

	private Map<String, Object> personalData(long filingId) {
		return jdbc.queryForMap("select f.person_name, f.person_cert_number, f.person_mobile, f.person_email, "
				+ "f.emergency_mobile, f.personal_data_purged_at, w.person_mobile as website_person_mobile, "
				+ "w.person_cert_number as website_person_cert_number from filing f join website w on w.filing_id = f.id "
				+ "where f.id = ?", filingId);
	}

}
