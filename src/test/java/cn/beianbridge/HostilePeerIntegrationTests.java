package cn.beianbridge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.download.internal.ProvinceDownload;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.HostilePeers;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The hostile-peer suite: bureaus and a console that send what no honest peer would, on MariaDB with the default
 * caps. Each input is refused or quarantined with a readable reason, and the other provinces go on. That the heap
 * stays bounded is {@link HostilePeerHeapIntegrationTests}: the same peers against a node in a small JVM.
 */
class HostilePeerIntegrationTests extends SimulatedBureausTestSupport {

	static final HostilePeers peers = new HostilePeers().bureau("13", HostilePeers.Bureau.OVERSIZED_REPLY)
		.bureau("14", HostilePeers.Bureau.ZIP_BOMB)
		.bureau("15", HostilePeers.Bureau.DOCTYPE_REPLY)
		.bureau("21", HostilePeers.Bureau.DEEP_REPLY);

	static final Path DROP = createDropFolder();

	@DynamicPropertySource
	static void hostile(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_hostile", registry);
		for (String province : List.of("13", "14", "15", "21")) {
			registry.add("bridge.provinces." + province + ".gateway.endpoint", () -> peers.bureauEndpoint(province));
		}
		registry.add("bridge.console.base-url", peers::consoleUrl);
		registry.add("bridge.collection.drop-folder", DROP::toString);
	}

	@AfterAll
	static void stopPeers() {
		peers.stop();
	}

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	ProducerTemplate camel;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOversizedSoapReplyIsRefusedAtTheCapAndOnlyItsProvinceWaits() throws Exception {
		long other = submitted("22", "HOSTILE-22");

		ProvinceDownload run = downloader.download("13");

		assertThat(run.stopped()).contains("the bureau's reply (bridge.bureau.max-reply-size) is larger than 83886080 "
				+ "bytes (80 MB)");
		assertThat(downloader.download("22").stopped()).isNull();
		assertThat(filings.find(other).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
	}

	@Test
	void aZipBombIsKeptAsItCameQuarantinedAndAcknowledged() {
		ProvinceDownload run = downloader.download("14");

		assertThat(run.stopped()).isNull();
		assertThat(jdbc.queryForObject("select text from result_quarantine where province = '14'", String.class))
			.startsWith("Download file 14BAJGBOMB1 could not be unpacked: msg_code 8: unzip failed: the unzipped file is "
					+ "larger than 33554432 bytes");
		assertThat(jdbc.queryForObject("select kind from download_file where province = '14' and acked_at is not null",
				String.class)).isEqualTo("UNPACKABLE");
	}

	@Test
	void aSoapReplyDeclaringADtdOrNestedTooDeepIsRefused() {
		assertThat(downloader.download("15").stopped()).contains("Document Type Declaration is not allowed");
		assertThat(downloader.download("21").stopped()).contains("The reply nests elements deeper than 32");
	}

	@Test
	void poisonDocumentsAreQuarantinedWithTheirReasonAndTheFilesBehindThemApplied() throws Exception {
		offer("23", "23DTD1", ("<?xml version=\"1.0\" encoding=\"GBK\"?><!DOCTYPE DownloadData [<!ENTITY x SYSTEM "
				+ "\"file:///etc/passwd\">]><DownloadData><ICP><BAJG>&x;</BAJG></ICP></DownloadData>")
			.getBytes(StandardCharsets.UTF_8));
		offer("23", "23DEEP1", ("<DownloadData><ICP>" + "<a>".repeat(50_000) + "</a>".repeat(50_000)
				+ "</ICP></DownloadData>").getBytes(StandardCharsets.UTF_8));
		offer("23", "23LONG1", new DownloadDocumentWriter().write(new BureauResults(List.of(new Result(
				List.of(new ResultCode(1001, "审核通过")), 1, "9".repeat(300), null, List.of())))));
		long filing = submitted("23", "HOSTILE-23");

		ProvinceDownload run = downloader.download("23");

		assertThat(run.stopped()).isNull();
		assertThat(filings.find(filing).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(quarantined("23")).satisfiesExactly(
				dtd -> assertThat(dtd).startsWith("23DTD1: Unreadable download file 23DTD1: The document declares a DTD"),
				deep -> assertThat(deep).isEqualTo("23DEEP1: Unreadable download file 23DEEP1: The document nests elements "
						+ "deeper than 32, which is refused"),
				tooLong -> assertThat(tooLong).isEqualTo("23LONG1: Unreadable result in file 23LONG1: <Jg_xx> #1: "
						+ "<Jg_xx>/<Bs> is 300 characters, longer than the 128 the bridge keeps"));
	}

	@Test
	void aBureauNamingAFilingOfAnotherProvinceDecidesAndNumbersNothingOfIt() throws Exception {
		long stray = submitted("34", "HOSTILE-34");
		long own = submitted("33", "HOSTILE-33");
		long straySite = jdbc.queryForObject("select min(id) from website where filing_id = ?", Long.class, stray);
		offer("33", "33STRAY1", new DownloadDocumentWriter().write(DownloadDocument.of(
				new BureauResults(List.of(new Result(List.of(new ResultCode(1002, "驳回")), 1, String.valueOf(stray), null,
						List.of()))),
				new FiledData(List.of(new FiledRecord(new FiledEntity(stray, 330009, "浙ICP备2026999999号"),
						List.of(new FiledWebsite(straySite, 3300091, "浙ICP备2026999999号-1"))))))));

		ProvinceDownload run = downloader.download("33");

		assertThat(run.stopped()).isNull();
		assertThat(quarantined("33")).containsExactlyInAnyOrder(
				"33STRAY1: Filed data (BASJ) for entity IspZtid " + stray + " (浙ICP备2026999999号): filing HOSTILE-34 is "
						+ "filed with province 34, not 33; a bureau numbers only its own province's filings",
				"33STRAY1: Filed data (BASJ) for website IspWzid " + straySite + " (浙ICP备2026999999号-1): filing "
						+ "HOSTILE-34 is filed with province 34, not 33; a bureau numbers only its own province's filings",
				"33STRAY1: Result 1002 for filing HOSTILE-34, which is filed with province 34, not 33: a bureau decides "
						+ "only its own province's filings");
		assertThat(filings.find(stray).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(numbers.of(stray).orElseThrow().entityIcpNumber()).isNull();
		assertThat(filings.find(own).orElseThrow().state()).as("its own province's results").isEqualTo(FilingState.APPROVED);
		// and the updates refuse it even when asked directly: province and state are in their WHERE clauses
		assertThat(numbers.entityFiled("33", stray, 1L, "浙ICP备2026999999号")).isFalse();
		assertThat(numbers.entityFiled("33", own, 1L, "浙ICP备2026999998号")).as("APPROVED, not SUBMITTED").isFalse();

		downloader.download("34");
		assertThat(filings.find(stray).orElseThrow().state()).as("its own bureau decides it").isEqualTo(FilingState.APPROVED);
	}

	@Test
	void aDecisionForAFilingWhoseUploadOutcomeIsStillUnknownWaitsForItsUploadToBeRecorded() throws Exception {
		// a node died after the bureau took the upload and before it recorded it: the filing is still BATCHED until
		// the submission's reconciliation, and the bureau's numbers and result may come first (the chaos test met it)
		ObjectNode json = aFirstFiling().inProvince("36").withConsoleFilingId("HOSTILE-36").build();
		IntakeResult stored = intake.accept(FilingJson.MAPPER.writeValueAsBytes(json), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		long inFlight = stored.filingId();
		jdbc.update("update filing set state = 'BATCHED' where id = ?", inFlight);
		long site = jdbc.queryForObject("select min(id) from website where filing_id = ?", Long.class, inFlight);
		offer("36", "36BOTH1", new DownloadDocumentWriter().write(DownloadDocument.of(
				new BureauResults(List.of(new Result(List.of(new ResultCode(1001, "审核通过")), 1,
						String.valueOf(inFlight), null, List.of()),
						// and one for a filing we never sent: quarantined once, however often the file is applied
						new Result(List.of(new ResultCode(1001, "审核通过")), 1, "999999999", null, List.of()))),
				new FiledData(List.of(new FiledRecord(new FiledEntity(inFlight, 360001, "赣ICP备2026999999号"),
						List.of(new FiledWebsite(site, 3600011, "赣ICP备2026999999号-1"))))))));

		assertThat(downloader.download("36").stopped()).isNull();

		assertThat(quarantined("36")).singleElement().asString().startsWith("36BOTH1").contains("999999999");
		assertThat(numbers.of(inFlight).orElseThrow().entityIcpNumber()).isEqualTo("赣ICP备2026999999号");
		assertThat(filings.find(inFlight).orElseThrow().state()).as("waiting for its upload").isEqualTo(FilingState.BATCHED);

		// the submission's reconciliation finds the upload at the bureau
		jdbc.update("update filing set state = 'SUBMITTED' where id = ?", inFlight);
		assertThat(downloader.download("36").stopped()).isNull();

		assertThat(filings.find(inFlight).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(quarantined("36")).singleElement().asString().contains("999999999");
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '36' and applied_at is null",
				Integer.class)).isZero();
	}

	@Test
	void aConsolePageOfTenThousandFilingsIsRefusedAtTheLimitAndNothingOfItIsStored() {
		assertThatThrownBy(() -> camel.requestBody("direct:collect-console", (Object) null))
			.hasRootCauseMessage("Malformed console page (console page after=): the page holds more than the 50 items "
					+ "asked for (limit=50)");
		assertThat(jdbc.queryForObject("select count(*) from filing where console_filing_id like 'HOSTILE-%' and "
				+ "source = 'CONSOLE'", Integer.class)).isZero();
		assertThat(jdbc.queryForList("select cursor_value from collection_cursor", String.class)).isEmpty();
	}

	@Test
	void aHundredMegabyteDropFileGoesToFailedUnreadWithItsReason() throws Exception {
		HostilePeers.hundredMegabyteDropFile(DROP.resolve("huge.json"));

		await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(DROP.resolve("failed/huge.json")));
		assertThat(Files.readString(DROP.resolve("failed/huge.json.errors.json"))).contains("FILE_TOO_LARGE",
				"larger than the 67108864 bytes a dropped file may hold (bridge.collection.max-file-size)");
		assertThat(filings.findByConsoleFilingId("HOSTILE-DROP")).as("not one filing of it read").isEmpty();
	}

	@Test
	void aPushedFilingWithARepeatedKeyIsRefusedNamingTheKey() {
		byte[] repeated = aFirstFiling().withConsoleFilingId("HOSTILE-DUP").build().toString()
			.replaceFirst("\\{", "{\"province\": \"11\",")
			.getBytes(StandardCharsets.UTF_8);

		IntakeResult result = intake.accept(repeated, IntakeSource.PUSH, "test");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);
		assertThat(result.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("Duplicate field 'province'"));
		assertThat(filings.findByConsoleFilingId("HOSTILE-DUP")).isEmpty();
	}

	private List<String> quarantined(String province) {
		return jdbc.queryForList("select concat(file_name, ': ', text) from result_quarantine where province = ? "
				+ "order by id", String.class, province);
	}

	/** Submitted to its province's simulated bureau, with domains of its own (the bureau refuses a domain twice). */
	private long submitted(String province, String consoleFilingId) throws Exception {
		ObjectNode filing = aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).build();
		String domain = consoleFilingId.toLowerCase(Locale.ROOT) + ".cn";
		ObjectNode website = (ObjectNode) filing.get("websites").get(0);
		((ArrayNode) website.get("domains")).removeAll().add(domain);
		website.put("homeUrl", "www." + domain);
		IntakeResult stored = intake.accept(FilingJson.MAPPER.writeValueAsBytes(filing), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		return stored.filingId();
	}

	/** A file the simulated bureau holds for us before anything else, with this content as it packs it. */
	private void offer(String province, String fileName, byte[] document) {
		jdbc.update("insert into sim_download (province, file_name, kind, document, created_at, deliveries) values "
				+ "(?, ?, 'TEST', ?, ?, 0)", province, fileName, document, LocalDateTime.now());
	}

	private static Path createDropFolder() {
		try {
			return Files.createTempDirectory("bridge-hostile-drop");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
