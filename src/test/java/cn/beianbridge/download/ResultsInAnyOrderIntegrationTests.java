package cn.beianbridge.download;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.download.internal.ProvinceDownload;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.AwaitingApproval;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.simulator.bureau.ResultOrder;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Results in any order, any split, any repetition, on MariaDB, against the simulated bureaus switched to each order
 * (and to poison files), with the default settings on a clock the tests move: what a user sees is the filing's
 * state and numbers, one console event per decision, readable quarantine rows, one operator alert, and a province's
 * download step that completes.
 */
class ResultsInAnyOrderIntegrationTests extends SimulatedBureausTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_any_order", registry);
		registry.add("bridge.notifications.operators.emails", () -> "ops@test.example.cn");
	}

	@TestConfiguration
	static class StoppedClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(TestClock.now());
		}

	}

	@Autowired
	MutableClock clock;

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
	ApprovalsAwaitingNumbers awaiting;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	DownloadSettings settings;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("downloadJob")
	Job downloadJob;

	@Autowired
	JdbcTemplate jdbc;

	/** Notifications are stored sealed. */
	@Autowired
	PersonalData personalData;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void anApprovalBeforeItsNumbersWaitsVisiblyAndIsCompletedByTheNumbersInALaterDownloadCall() throws Exception {
		simulator.faults("33").resultOrder(ResultOrder.NUMBERS_IN_LATER_DOWNLOAD);
		long id = submitted("33", "ANY-LATER", 2);

		JobExecution first = downloadRun();

		assertThat(stepStatus(first, "33")).isEqualTo(BatchStatus.COMPLETED);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		AwaitingApproval waiting = awaiting.find(id).orElseThrow();
		assertThat(waiting.fileName()).contains("BAJG");
		assertThat(waiting.askAt()).isCloseTo(clock.instant().plus(Duration.ofHours(24)), within(1, ChronoUnit.SECONDS));
		assertThat(awaitingGauge("33")).isEqualTo(1);
		assertThat(filings.census().awaitingNumbers()).isPositive();
		assertThat(events("ANY-LATER")).extracting(e -> e.get("type").asText()).containsExactly("SUBMITTED");
		assertThat(jdbc.queryForList("select kind from download_file where province = '33' and applied_at is not null "
				+ "and acked_at is not null", String.class)).containsExactly("BAJG");

		JobExecution second = downloadRun();

		assertThat(stepStatus(second, "33")).isEqualTo(BatchStatus.COMPLETED);
		assertApprovedOnceWithTheBureausNumbers(id, "ANY-LATER", "33");
		assertThat(lastHistory(id).cause()).contains("bureau result 1001 in " + waiting.fileName())
			.contains("ICP numbers from BASJ in 33BASJ");
		assertThat(awaiting.find(id)).isEmpty();
		assertThat(awaitingGauge("33")).isZero();
		assertNothingQuarantined("33");
	}

	@Test
	void numbersDaysLaterCompleteTheApprovalWhenTheyCome() throws Exception {
		simulator.faults("34").resultOrder(ResultOrder.NUMBERS_LATE).numbersDelay(Duration.ofDays(3));
		long id = submitted("34", "ANY-DAYS", 1);

		downloader.download("34");
		assertThat(awaiting.find(id)).isPresent();
		clock.advance(Duration.ofDays(3).plusMinutes(1));

		ProvinceDownload later = downloader.download("34");

		assertThat(later.stopped()).isNull();
		assertApprovedOnceWithTheBureausNumbers(id, "ANY-DAYS", "34");
		assertThat(lastHistory(id).cause()).contains("ICP numbers from BASJ");
		assertThat(alerts("ANY-DAYS")).as("the numbers came before anyone asked for them").isZero();
		assertNothingQuarantined("34");
	}

	@Test
	void numbersThatNeverComeAreAskedForAfterTheDefaultWaitAndTheAnswerCompletesTheApproval() throws Exception {
		assertThat(settings.numbersWait()).as("the production default").isEqualTo(Duration.ofHours(24));
		simulator.faults("35").resultOrder(ResultOrder.NUMBERS_LATE).numbersDelay(Duration.ofDays(365));
		long id = submitted("35", "ANY-NEVER", 2);
		downloader.download("35");

		clock.advance(settings.numbersWait().minusMinutes(1));
		downloader.download("35");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(awaiting.find(id).orElseThrow().queries()).as("not asked before its time").isZero();
		assertThat(alerts("ANY-NEVER")).isZero();

		clock.advance(Duration.ofMinutes(2));
		downloader.download("35");

		assertApprovedOnceWithTheBureausNumbers(id, "ANY-NEVER", "35");
		assertThat(lastHistory(id).cause()).contains("ICP numbers from isp_querybeianstatus");
		assertThat(alerts("ANY-NEVER")).isEqualTo(1);
		assertThat(personalData.open(jdbc.queryForObject("select subject from notification where kind = "
				+ "'APPROVAL_NUMBERS_LATE' and console_filing_id = 'ANY-NEVER'", String.class))).contains("ANY-NEVER");

		// the numbers come at last: nothing changes, the customer heard once
		jdbc.update("update sim_download set offered_from = null where province = '35'");
		downloader.download("35");
		assertApprovedOnceWithTheBureausNumbers(id, "ANY-NEVER", "35");
		assertThat(alerts("ANY-NEVER")).isEqualTo(1);
		assertNothingQuarantined("35");
	}

	@Test
	void aBureauThatCannotTellTheNumbersIsAskedAgainAfterTheSameWaitAndTheOperatorsAreToldOnce() throws Exception {
		simulator.faults("36").resultOrder(ResultOrder.NUMBERS_LATE).numbersDelay(Duration.ofDays(365));
		long id = submitted("36", "ANY-UNKNOWN", 1);
		downloader.download("36");
		// the bureau's status service does not know the site yet
		String domain = domainOf("ANY-UNKNOWN", 0);
		List<Map<String, Object>> filedDomains = jdbc.queryForList("select * from sim_filed_domain where domain = ?",
				domain);
		jdbc.update("delete from sim_filed_domain where domain = ?", domain);

		clock.advance(settings.numbersWait().plusMinutes(1));
		downloader.download("36");

		AwaitingApproval asked = awaiting.find(id).orElseThrow();
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(asked.queries()).isEqualTo(1);
		assertThat(asked.lastAnswer()).contains(domain).contains("knows no filed website");
		assertThat(asked.askAt()).isCloseTo(clock.instant().plus(settings.numbersWait()), within(1, ChronoUnit.SECONDS));
		assertThat(alerts("ANY-UNKNOWN")).isEqualTo(1);

		clock.advance(settings.numbersWait().minusMinutes(1));
		downloader.download("36");
		assertThat(awaiting.find(id).orElseThrow().queries()).as("not before the same wait again").isEqualTo(1);
		clock.advance(Duration.ofMinutes(2));
		downloader.download("36");
		assertThat(awaiting.find(id).orElseThrow().queries()).isEqualTo(2);
		assertThat(alerts("ANY-UNKNOWN")).as("told once").isEqualTo(1);

		filedDomains.forEach(row -> jdbc.update("insert into sim_filed_domain (domain, website_icp_number, province, "
				+ "filed_at) values (?, ?, ?, ?)", row.get("domain"), row.get("website_icp_number"), row.get("province"),
				row.get("filed_at")));
		jdbc.update("update sim_download set offered_from = null where province = '36'");
		downloader.download("36");

		assertApprovedOnceWithTheBureausNumbers(id, "ANY-UNKNOWN", "36");
		assertThat(lastHistory(id).cause()).contains("ICP numbers from BASJ");
	}

	@Test
	void numbersAndResultsInOneFileAreAppliedNumbersFirst() throws Exception {
		simulator.faults("37").resultOrder(ResultOrder.ONE_FILE);
		long id = submitted("37", "ANY-ONE", 2);

		downloader.download("37");

		assertApprovedOnceWithTheBureausNumbers(id, "ANY-ONE", "37");
		assertThat(jdbc.queryForList("select kind from download_file where province = '37'", String.class))
			.containsExactly("BAJG+BASJ");
		assertThat(awaiting.find(id)).isEmpty();
		assertNothingQuarantined("37");
	}

	@Test
	void theSameFileAgainAndTheSameContentUnderANewNameAreAppliedOnce() throws Exception {
		simulator.faults("41").duplicateFiles(true);
		long id = submitted("41", "ANY-TWICE", 1);

		ProvinceDownload run = downloader.download("41");

		assertThat(run.filesReceived()).as("BASJ twice and again renamed, BAJG the same").isEqualTo(6);
		assertThat(run.filesApplied()).isEqualTo(4);
		assertApprovedOnceWithTheBureausNumbers(id, "ANY-TWICE", "41");
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '41' and acked_at is not "
				+ "null", Integer.class)).isEqualTo(4);
		assertThat(jdbc.queryForList("select d.file_name from download_file d join download_file o on o.id = "
				+ "d.duplicate_of where d.province = '41' and d.file_name = concat(o.file_name, 'R')", String.class))
			.hasSize(2);
		assertThat(jdbc.queryForObject("select count(*) from sim_download where province = '41' and acknowledged_at "
				+ "is null", Integer.class)).isZero();
		assertNothingQuarantined("41");
	}

	@Test
	void poisonFilesAreKeptQuarantinedAndAcknowledgedAndTheFilesBehindThemAppliedInTheSameRun() throws Exception {
		// ahead of the decision: a file that will not unpack, one that is not XML, a result for no filing of ours
		offer("42", "42BADHASH1", "<DownloadData version=\"V.3.0\"><ICP/></DownloadData>".getBytes(StandardCharsets.UTF_8));
		offer("42", "42GARBAGE1", "this is not xml".getBytes(StandardCharsets.UTF_8));
		offer("42", "42UNKNOWN1", new DownloadDocumentWriter().write(new BureauResults(List.of(
				new Result(List.of(new ResultCode(1001, "审核通过")), 1, "987654321", null, List.of())))));
		simulator.faults("42").corruptFiles(1).resultOrder(ResultOrder.ONE_FILE);
		long id = submitted("42", "ANY-POISON", 1);

		JobExecution run = downloadRun();

		assertThat(stepStatus(run, "42")).isEqualTo(BatchStatus.COMPLETED);
		assertApprovedOnceWithTheBureausNumbers(id, "ANY-POISON", "42");
		assertThat(jdbc.queryForList("select file_name, text from result_quarantine where province = '42' order by id"))
			.extracting(row -> row.get("file_name") + ": " + row.get("text"))
			.satisfiesExactly(
					badHash -> assertThat(badHash).startsWith("42BADHASH1: Download file 42BADHASH1 could not be unpacked")
						.contains("msg_code 7"),
					garbage -> assertThat(garbage).startsWith("42GARBAGE1: Unreadable download file 42GARBAGE1")
						.contains("not well-formed"),
					unknown -> assertThat(unknown).startsWith("42UNKNOWN1: Result 1001 for first filing (IspZtid) 987654321")
						.contains("no SUBMITTED filing"));
		assertThat(jdbc.queryForList("select body from notification where kind = 'RESULT_QUARANTINED'", String.class)
			.stream()
			.map(personalData::open)
			.filter(body -> body.contains("42BADHASH1") || body.contains("42GARBAGE1") || body.contains("42UNKNOWN1")))
			.as("an alert each")
			.hasSize(3);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '42' and (applied_at is "
				+ "null or acked_at is null)", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select unpack_error from download_file where file_name = '42BADHASH1'",
				String.class)).contains("msg_code 7");
		assertThat(jdbc.queryForObject("select count(*) from sim_download where province = '42' and acknowledged_at "
				+ "is null", Integer.class)).isZero();

		JobExecution next = downloadRun();
		assertThat(stepStatus(next, "42")).isEqualTo(BatchStatus.COMPLETED);
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine where province = '42'", Integer.class))
			.as("quarantined once").isEqualTo(3);
	}

	@Test
	void oneRecordTooLongToKeepIsQuarantinedAloneAndTheRestOfItsFileIsApplied() throws Exception {
		long broken = submitted("43", "ANY-THROWS", 1);
		long fine = submitted("43", "ANY-FINE", 1);
		// the bureau decides them in a file of its own making: numbers for both, one of them too long to keep
		jdbc.update("update sim_review set decided_at = received_at, result_code = 1001 where province = '43'");
		long brokenSite = websiteOf(broken);
		long fineSite = websiteOf(fine);
		FiledData filed = new FiledData(List.of(
				new FiledRecord(new FiledEntity(broken, 430001, "湘ICP备2026000001号"),
						List.of(new FiledWebsite(brokenSite, 4300011, "湘ICP备2026000001号-" + "1".repeat(80)))),
				new FiledRecord(new FiledEntity(fine, 430002, "湘ICP备2026000002号"),
						List.of(new FiledWebsite(fineSite, 4300021, "湘ICP备2026000002号-1")))));
		BureauResults results = new BureauResults(List.of(
				new Result(List.of(new ResultCode(1001, "审核通过")), 1, String.valueOf(broken), null, List.of()),
				new Result(List.of(new ResultCode(1001, "审核通过")), 1, String.valueOf(fine), null, List.of())));
		offer("43", "43BOTH1", new DownloadDocumentWriter().write(DownloadDocument.of(results, filed)));

		ProvinceDownload run = downloader.download("43");

		assertThat(run.stopped()).isNull();
		assertThat(filings.find(fine).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(numbers.of(fine).orElseThrow().entityIcpNumber()).isEqualTo("湘ICP备2026000002号");
		assertThat(events("ANY-FINE")).filteredOn(e -> e.get("type").asText().equals("APPROVED")).hasSize(1);
		assertThat(filings.find(broken).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(awaiting.find(broken)).as("its approval waits for numbers that fit").isPresent();
		assertThat(numbers.of(broken).orElseThrow().entityIcpNumber())
			.as("the record is left out whole, its entity number too").isNull();
		assertThat(jdbc.queryForList("select text from result_quarantine where province = '43'", String.class))
			.containsExactly("Unreadable filed data (BASJ) in file 43BOTH1: <Baxx> #1: <Wz_xx>/<Baxh> is 97 characters, "
					+ "longer than the 64 the bridge keeps");
		assertThat(jdbc.queryForObject("select applied_at is not null and acked_at is not null from download_file "
				+ "where file_name = '43BOTH1'", Boolean.class)).isTrue();
	}

	@Test
	void aRandomMixOfOrdersAndRepetitionsDecidesEveryFilingOnce() throws Exception {
		simulator.faults("44").resultOrder(ResultOrder.MIXED);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add(submitted("44", "ANY-MIX-" + i, 1 + i % 2));
			downloader.download("44");
		}
		for (int i = 0; i < 3; i++) {
			clock.advance(Duration.ofMinutes(3));
			downloader.download("44");
		}

		for (int i = 0; i < ids.size(); i++) {
			assertApprovedOnceWithTheBureausNumbers(ids.get(i), "ANY-MIX-" + i, "44");
		}
		assertNothingQuarantined("44");
		assertThat(awaitingGauge("44")).isZero();
	}

	private void assertApprovedOnceWithTheBureausNumbers(long id, String consoleFilingId, String province)
			throws Exception {
		assertThat(filings.find(id).orElseThrow().state()).as(consoleFilingId).isEqualTo(FilingState.APPROVED);
		FiledNumbers filed = numbers.of(id).orElseThrow();
		assertThat(filed.entityIcpNumber()).isEqualTo(jdbc.queryForObject(
				"select icp_number from sim_filed_entity where isp_ztid = ? and province = ?", String.class, id, province));
		List<JsonNode> approvals = events(consoleFilingId).stream()
			.filter(event -> event.get("type").asText().equals("APPROVED"))
			.toList();
		assertThat(approvals).as("one APPROVED event").hasSize(1);
		assertThat(approvals.get(0).get("entityIcpNumber").asText()).isEqualTo(filed.entityIcpNumber());
		for (FiledNumbers.WebsiteNumber website : filed.websites()) {
			assertThat(website.icpNumber()).isEqualTo(jdbc.queryForObject(
					"select icp_number from sim_filed_website where isp_wzid = ?", String.class, website.websiteId()));
			assertThat(approvals.get(0).get("websites")).anySatisfy(node -> {
				assertThat(node.get("consoleWebsiteId").asText()).isEqualTo(website.consoleWebsiteId());
				assertThat(node.get("icpNumber").asText()).isEqualTo(website.icpNumber());
			});
		}
	}

	private void assertNothingQuarantined(String province) {
		assertThat(jdbc.queryForList("select text from result_quarantine where province = ?", String.class, province))
			.isEmpty();
	}

	/** A filing with domains of its own (the simulator's status query finds a domain's first filing). */
	private long submitted(String province, String consoleFilingId, int websites) throws Exception {
		ObjectNode filing = aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId)
			.withWebsites(websites)
			.build();
		for (int i = 0; i < websites; i++) {
			ObjectNode website = (ObjectNode) filing.get("websites").get(i);
			String domain = domainOf(consoleFilingId, i);
			((ArrayNode) website.get("domains")).removeAll().add(domain);
			website.put("homeUrl", "www." + domain);
		}
		simulator.forceNext(province, Decision.APPROVE);
		IntakeResult stored = intake.accept(FilingJson.MAPPER.writeValueAsBytes(filing), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		return stored.filingId();
	}

	private long websiteOf(long filingId) {
		return jdbc.queryForObject("select min(id) from website where filing_id = ?", Long.class, filingId);
	}

	private static String domainOf(String consoleFilingId, int website) {
		return consoleFilingId.toLowerCase(Locale.ROOT) + "-" + (website + 1) + ".cn";
	}

	/** A file the bureau holds for us before anything else, with this content as it packs it. */
	private void offer(String province, String fileName, byte[] document) {
		jdbc.update("insert into sim_download (province, file_name, kind, document, created_at, deliveries) values "
				+ "(?, ?, 'TEST', ?, ?, 0)", province, fileName, document, LocalDateTime.now());
	}

	private JobExecution downloadRun() throws Exception {
		JobExecution started = jobOperator.start(downloadJob,
				new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now()).toJobParameters());
		return jobRepository.getJobExecution(started.getId());
	}

	private static BatchStatus stepStatus(JobExecution run, String province) {
		return run.getStepExecutions().stream()
			.filter(step -> step.getStepName().equals("downloadProvince:province-" + province))
			.findFirst()
			.orElseThrow()
			.getStatus();
	}

	private double awaitingGauge(String province) {
		return meters.get("bridge.download.approvals.awaiting.numbers").tag("province", province).gauge().value();
	}

	private List<JsonNode> events(String consoleFilingId) throws Exception {
		List<JsonNode> events = new ArrayList<>();
		for (String event : filings.events(consoleFilingId)) {
			events.add(FilingJson.MAPPER.readTree(event));
		}
		return events;
	}

	private int alerts(String consoleFilingId) {
		return jdbc.queryForObject("select count(*) from notification where kind = 'APPROVAL_NUMBERS_LATE' and "
				+ "console_filing_id = ?", Integer.class, consoleFilingId);
	}

	private HistoryEntry lastHistory(long id) {
		List<HistoryEntry> history = filings.history(id);
		return history.get(history.size() - 1);
	}

}
