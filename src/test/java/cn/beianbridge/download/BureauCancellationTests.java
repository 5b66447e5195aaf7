package cn.beianbridge.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingQuery;
import cn.beianbridge.filing.FilingSearch;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.RecordedReason;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static cn.beianbridge.support.FilingJson.aNewAccessFiling;
import static cn.beianbridge.support.FilingJson.aNewWebsiteFiling;
import static cn.beianbridge.download.SimulatorApprovals.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's own cancellations (ZXSJ) as a download file brings them, on the embedded database: what ends, what is
 * retired, what is closed, what the console and the operators hear, and what a repetition changes (nothing).
 */
class BureauCancellationTests extends SimulatedBureausTestSupport {

	private static final AtomicInteger FILES = new AtomicInteger();

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	DownloadedFileApplier applier;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	JdbcTemplate jdbc;

	SimulatorApprovals approvals;

	@BeforeEach
	void approvalsBySimulator() {
		approvals = new SimulatorApprovals(intake, submitter, downloader, simulator, filings, jdbc);
	}

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void anEntityCancellationEndsItsFilingsRetiresEveryNumberAndClosesTheRequestStillOpenOnIt() throws Exception {
		long first = approvals.approved("46", "ZX-ENTITY", aFirstFiling().withWebsites(2));
		FiledNumbers before = numbers.of(first).orElseThrow();
		long ztid = approvals.ztidOf(first);
		long open = received("46", "ZX-ENTITY-NEW", aNewWebsiteFiling(), first);

		cancel("46", new BureauCancellation(BureauCancellation.ENTITY, ztid, "强制注销：网站含违法内容"));

		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		FiledNumbers after = numbers.of(first).orElseThrow();
		assertThat(after.entityIcpNumber()).as("no longer shown as filed").isNull();
		assertThat(after.websites()).allSatisfy(w -> assertThat(w.icpNumber()).isNull());
		List<String> retired = new ArrayList<>();
		retired.add(before.entityIcpNumber());
		before.websites().forEach(w -> retired.add(w.icpNumber()));
		JsonNode cancelled = approvals.lastEvent("ZX-ENTITY");
		assertThat(cancelled.get("type").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("BUREAU");
		assertThat(cancelled.get("scope").asText()).isEqualTo("ENTITY");
		assertThat(texts(cancelled.get("retiredIcpNumbers"))).containsExactlyInAnyOrderElementsOf(retired);
		assertThat(cancelled.get("websites")).hasSize(2);
		assertThat(cancelled.get("remark").asText()).isEqualTo("强制注销：网站含违法内容");
		assertThat(filings.history(first).get(filings.history(first).size() - 1).actor()).isEqualTo("bureau");

		assertThat(filings.find(open).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		JsonNode closed = approvals.lastEvent("ZX-ENTITY-NEW");
		assertThat(closed.get("cancelledBy").asText()).isEqualTo("BUREAU");
		assertThat(closed.get("reasons").get(0).get("code").asText()).isEqualTo("1049");
		assertThat(filings.reasons(open)).anySatisfy(r -> assertThat(r.kind() + " " + r.reason().code()).isEqualTo("CANCEL 1049"));

		assertThat(alerts("BUREAU_CANCELLATION", "46:ENTITY:" + ztid)).as("the operators get the domains to cut off")
			.singleElement().satisfies(body -> assertThat(body).contains("ZX-ENTITY").contains(domainsOf(first)));
		assertThat(approvals.quarantined("46")).isZero();
	}

	@Test
	void theSameCancellationAgainInAnotherFileChangesNothingAndTellsNobody() throws Exception {
		long id = approvals.approved("51", "ZX-AGAIN", aFirstFiling());
		long ztid = approvals.ztidOf(id);
		cancel("51", new BureauCancellation(BureauCancellation.ENTITY, ztid, null));
		int events = filings.events("ZX-AGAIN").size();
		int history = filings.history(id).size();

		cancel("51", new BureauCancellation(BureauCancellation.ENTITY, ztid, "再次下发"));
		// and its website, cancelled with it already
		cancel("51", new BureauCancellation(BureauCancellation.WEBSITE, wzidOf(id), null));

		assertThat(filings.events("ZX-AGAIN")).hasSize(events);
		assertThat(filings.history(id)).hasSize(history);
		assertThat(alerts("BUREAU_CANCELLATION", "51:")).as("one alert, for the entity").hasSize(1);
		assertThat(approvals.quarantined("51")).isZero();
	}

	@Test
	void aWebsiteCancellationLeavesTheFilingsOtherWebsitesAndAnEntityCancellationAfterItNamesOnlyWhatIsLeft()
			throws Exception {
		long id = approvals.approved("52", "ZX-SITE", aFirstFiling().withWebsites(3));
		FiledNumbers before = numbers.of(id).orElseThrow();
		List<Long> wzids = jdbc.queryForList("select bureau_wzid from website where filing_id = ? order by ordinal",
				Long.class, id);
		// a second access to the website, asked for and not yet sent
		ObjectNode access = aNewAccessFiling().inProvince("52").withConsoleFilingId("ZX-SITE-ACCESS").build();
		((ObjectNode) access.get("websites").get(0)).put("bureauWebsiteId", wzids.get(1))
			.put("icpNumber", before.websites().get(1).icpNumber());
		IntakeResult newAccess = intake.accept(FilingJson.MAPPER.writeValueAsBytes(access), IntakeSource.PUSH, "test");
		assertThat(newAccess.outcome()).as(newAccess.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);

		cancel("52", new BureauCancellation(BureauCancellation.WEBSITE, wzids.get(1), null));

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		FiledNumbers after = numbers.of(id).orElseThrow();
		assertThat(after.entityIcpNumber()).isEqualTo(before.entityIcpNumber());
		assertThat(after.websites().get(0).icpNumber()).isEqualTo(before.websites().get(0).icpNumber());
		assertThat(after.websites().get(1).icpNumber()).isNull();
		assertThat(after.websites().get(2).icpNumber()).isEqualTo(before.websites().get(2).icpNumber());
		JsonNode website = approvals.lastEvent("ZX-SITE");
		assertThat(website.get("scope").asText()).isEqualTo("WEBSITE");
		assertThat(texts(website.get("retiredIcpNumbers"))).containsExactly(before.websites().get(1).icpNumber());
		assertThat(website.get("websites")).singleElement().satisfies(w -> assertThat(w.get("consoleWebsiteId").asText())
			.isEqualTo(before.websites().get(1).consoleWebsiteId()));
		assertThat(filings.find(newAccess.filingId()).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		assertThat(approvals.lastEvent("ZX-SITE-ACCESS").get("reasons").get(0).get("code").asText()).isEqualTo("1050");

		cancel("52", new BureauCancellation(BureauCancellation.ENTITY, approvals.ztidOf(id), null));

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		JsonNode entity = approvals.lastEvent("ZX-SITE");
		assertThat(entity.get("scope").asText()).isEqualTo("ENTITY");
		assertThat(texts(entity.get("retiredIcpNumbers"))).containsExactly(before.entityIcpNumber(),
				before.websites().get(0).icpNumber(), before.websites().get(2).icpNumber());
		assertThat(entity.get("websites")).hasSize(2);
		assertThat(filings.events("ZX-SITE")).filteredOn(e -> e.contains("\"CANCELLED\"")).hasSize(2);
		assertThat(search.search(new FilingQuery(before.websites().get(1).icpNumber(), "52", null, null, null, 0, 10))
			.filings()).as("a retired number still finds its filing for an operator")
			.extracting(FilingSummary::consoleFilingId).containsExactlyInAnyOrder("ZX-SITE", "ZX-SITE-ACCESS");
	}

	@Test
	void aResultArrivingForARequestTheCancellationClosedDoesNotBringItBack() throws Exception {
		long first = approvals.approved("53", "ZX-LATE", aFirstFiling());
		long ztid = approvals.ztidOf(first);
		simulator.forceNext("53", Decision.APPROVE);
		long open = received("53", "ZX-LATE-NEW", aNewWebsiteFiling(), first);
		assertThat(submitter.submit("53").filingsSubmitted()).isEqualTo(1);

		cancel("53", new BureauCancellation(BureauCancellation.ENTITY, ztid, null));
		assertThat(filings.find(open).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		int events = filings.events("ZX-LATE-NEW").size();

		downloader.download("53");

		assertThat(filings.find(open).orElseThrow().state()).as("stays closed").isEqualTo(FilingState.CANCELLED);
		assertThat(filings.events("ZX-LATE-NEW")).hasSize(events);
		assertThat(jdbc.queryForList("select text from result_quarantine where province = '53'", String.class))
			.as("kept where an operator sees it").anySatisfy(text -> assertThat(text).contains("ZX-LATE-NEW")
				.contains("CANCELLED"));
	}

	@Test
	void anAccessCancellationLeavesTheWebsiteFiledAndOnlyStopsOurServingIt() throws Exception {
		long id = approvals.approved("54", "ZX-ACCESS", aFirstFiling().withWebsites(2));
		FiledNumbers before = numbers.of(id).orElseThrow();
		long jrid = jdbc.queryForObject("select bureau_jrid from website where filing_id = ? and ordinal = 0", Long.class,
				id);

		cancel("54", new BureauCancellation(BureauCancellation.ACCESS, jrid, "用户申请取消接入"));

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(numbers.of(id).orElseThrow()).as("the site stays filed").isEqualTo(before);
		JsonNode event = approvals.lastEvent("ZX-ACCESS");
		assertThat(event.get("scope").asText()).isEqualTo("ACCESS");
		assertThat(event.get("retiredIcpNumbers")).isEmpty();
		assertThat(event.get("websites")).singleElement().satisfies(w -> assertThat(w.has("icpNumber")).isFalse());
		assertThat(alerts("BUREAU_CANCELLATION", "54:ACCESS:" + jrid)).singleElement()
			.satisfies(body -> assertThat(body).contains("example1.cn").doesNotContain("example2.cn"));
	}

	@Test
	void anUnknownIdIsQuarantinedWholeWithItsFileAndAlertedOnceHoweverOftenItComes() {
		String firstFile = cancel("62", new BureauCancellation(BureauCancellation.WEBSITE, 987654321L, "空壳网站"),
				new BureauCancellation(BureauCancellation.ACCESS, 55501L, null));
		cancel("62", new BureauCancellation(BureauCancellation.WEBSITE, 987654321L, "空壳网站"));

		List<QuarantinedResult> rows = jdbc.query("select id from result_quarantine where province = '62' order by id",
				(rs, n) -> rs.getLong(1)).stream().map(id -> quarantine.find(id).orElseThrow()).toList();
		assertThat(rows).hasSize(2).allSatisfy(row -> {
			assertThat(row.fileName()).isEqualTo(firstFile);
			assertThat(row.isBureauCancellation()).isTrue();
			assertThat(row.isResult()).as("only dismissed").isFalse();
		});
		assertThat(rows.get(0).identifier()).isEqualTo("987654321");
		assertThat(rows.get(0).code()).isEqualTo("ZXSJ-1");
		assertThat(rows.get(0).text()).contains("website Wzid 987654321").contains("空壳网站");
		assertThat(rows.get(1).code()).isEqualTo("ZXSJ-2");
		assertThat(rows.get(1).text()).contains("access Jrid 55501").contains("has this Jrid");
		assertThat(alerts("BUREAU_CANCELLATION_UNKNOWN", "62:ZXSJ-1:987654321")).singleElement()
			.satisfies(body -> assertThat(body).contains(firstFile).contains("空壳网站"));
		assertThat(alerts("BUREAU_CANCELLATION_UNKNOWN", "62:ZXSJ-2:55501")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from bureau_cancellation where province = '62'", Integer.class))
			.as("not applied: an operator looks").isZero();
	}

	@Autowired
	QuarantinedResults quarantine;

	@Autowired
	FilingSearch search;

	/** Notifications are stored sealed. */
	@Autowired
	PersonalData personalData;

	/** A new website for the entity of an approved filing of ours, stored and waiting to be submitted. */
	private long received(String province, String consoleFilingId, FilingJson filing, long entityOf)
			throws Exception {
		ObjectNode json = filing.inProvince(province).withConsoleFilingId(consoleFilingId).build()
			.put("filingPasswordMd5", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);
		((ObjectNode) json.get("entity")).put("bureauEntityId", approvals.ztidOf(entityOf))
			.put("icpNumber", numbers.of(entityOf).orElseThrow().entityIcpNumber());
		IntakeResult result = intake.accept(FilingJson.MAPPER.writeValueAsBytes(json), IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	/** A ZXSJ file stored as the download stores it, and applied. */
	private String cancel(String province, BureauCancellation... cancellations) {
		String fileName = province + "ZXSJ" + FILES.incrementAndGet();
		new HandBuiltFiles(downloader, applier, jdbc).applied(province, fileName,
				new DownloadDocumentWriter().write(new BureauCancellations(List.of(cancellations))));
		return fileName;
	}

	private long wzidOf(long filingId) {
		return jdbc.queryForObject("select min(bureau_wzid) from website where filing_id = ?", Long.class, filingId);
	}

	private List<String> domainsOf(long filingId) {
		return jdbc.queryForList("select d.domain from website_domain d join website w on w.id = d.website_id "
				+ "where w.filing_id = ?", String.class, filingId);
	}

	/** The operators' messages (e-mail, as the demo configures them) of alerts of this kind whose key starts so. */
	private List<String> alerts(String kind, String keyStart) {
		return jdbc.queryForList("select body from notification where kind = ? and notification_key like ?",
				String.class, kind, "alert:" + kind + ":" + keyStart + "%").stream().map(personalData::open).toList();
	}

}
