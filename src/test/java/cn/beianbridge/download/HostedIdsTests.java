package cn.beianbridge.download;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherSection;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.HostedObjects;
import cn.beianbridge.filing.HostedObjects.Website;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.simulator.bureau.SimulatedRegister;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's ids of what we host, kept from the simulated bureaus' BASJ and from hand-written ones, on the embedded
 * database, and found again by {@link HostedObjects}.
 */
class HostedIdsTests extends SimulatedBureausTestSupport {

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
	HostedObjects hosted;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	SimulatedRegister register;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void aFirstFilingApprovedKeepsEveryIdOfItsEntityWebsitesDomainsAccessesAndRanges() {
		simulator.forceNext("65", Decision.APPROVE);
		long id = submitted("65", "IDS-FIRST", aFirstFiling().withWebsites(2).domains("ids-first.cn", "www.ids-first.cn")
			.ipRanges("198.51.100.1", "198.51.100.9", "198.51.100.20", "198.51.100.20"));

		downloader.download("65");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		List<Website> websites = checks().everyIdKeptAndFound(id);
		assertThat(websites.get(0).domains()).hasSize(2);
		assertThat(websites.get(0).access().ipRanges()).hasSize(2);
		assertNothingQuarantined("65");
	}

	@Test
	void aNewAccessToASiteFiledElsewhereKeepsOurAccessBesideTheOtherProvidersAndTheSitesIds() {
		// the site, its domain and another provider's access, as the bureau holds them before our new access
		register.websiteFiledElsewhere("54", "藏ICP备2026012345号-1", 990001, List.of("ids-elsewhere.cn"));
		simulator.forceNext("54", Decision.APPROVE);
		long id = submitted("54", HostedIdsChecks.aNewAccessOfTheEntity("54", "藏ICP备2026012345号", "IDS-ACCESS",
				"ids-elsewhere.cn"));

		downloader.download("54");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		Website website = checks().everyIdKeptAndFound(id).get(0);
		assertThat(website.wzid()).isEqualTo(990001L);
		assertThat(jdbc.queryForList("select jrid from sim_filed_access where website_icp_number = ? order by jrid",
				Long.class, "藏ICP备2026012345号-1")).as("the other provider's and ours").hasSize(2)
			.endsWith(website.access().jrid());
		assertNothingQuarantined("54");
	}

	@Test
	void theSameFiledDataTwiceChangesNothingAndAChangedIdIsKeptWithTheHistorySayingSo() {
		simulator.forceNext("53", Decision.APPROVE);
		long id = submitted("53", "IDS-AGAIN", aFirstFiling().domains("ids-again.cn"));
		downloader.download("53");
		Website before = hosted.website(checks().websiteIds(id).get(0)).orElseThrow();
		FiledRecord asFiled = basj(id, before, before.wzid(), before.access().jrid());
		int history = filings.history(id).size();

		// the same record in another file (a bureau repeating itself): nothing changes
		apply("53", "BASJ_AGAIN_1", DownloadDocument.of(new FiledData(List.of(asFiled)), new OtherSection("HMDLB")));

		assertThat(hosted.website(before.websiteId()).orElseThrow()).isEqualTo(before);
		assertThat(filings.history(id)).hasSize(history);
		assertNothingQuarantined("53");

		apply("53", "BASJ_CHANGED_1", DownloadDocument.of(new FiledData(List.of(basj(id, before, before.wzid() + 7,
				before.access().jrid())))));

		Website after = hosted.website(before.websiteId()).orElseThrow();
		assertThat(after.wzid()).isEqualTo(before.wzid() + 7);
		assertThat(after.access()).isEqualTo(before.access());
		assertThat(hosted.websitesByWzid(before.wzid())).isEmpty();
		assertThat(hosted.websitesByWzid(after.wzid())).extracting(Website::websiteId).containsExactly(after.websiteId());
		HistoryEntry noted = filings.history(id).get(history);
		assertThat(noted.fromState()).isEqualTo(FilingState.APPROVED);
		assertThat(noted.toState()).isEqualTo(FilingState.APPROVED);
		assertThat(noted.cause()).contains("Wzid", String.valueOf(before.wzid()), String.valueOf(after.wzid()),
				"BASJ_CHANGED_1");
	}

	@Test
	void withoutOurIdsOurAccessIsTheOneOfOurProviderAndOneWeCannotTellIsQuarantinedWithTheOtherIdsKept() {
		simulator.forceNext("52", Decision.APPROVE);
		long id = submitted("52", "IDS-PROVIDER", aFirstFiling().domains("ids-provider.cn"));
		downloader.download("52");
		Website filed = hosted.website(checks().websiteIds(id).get(0)).orElseThrow();
		long jrid = filed.access().jrid();
		Website website = new Website(filed.websiteId(), filed.filing(), filed.consoleWebsiteId(), filed.name(),
				filed.wzid(), filed.icpNumber(), new HostedObjects.Access(filed.access().ispJrid(), null,
						filed.access().ipRanges()), filed.domains());

		// by its Ispid (our Qqdwid), a new Jrid: kept, and noted as a change
		apply("52", "BASJ_PROVIDER_1", DownloadDocument.of(new FiledData(List.of(withoutOurIds(basj(id, website,
				filed.wzid(), jrid + 100), 330000000001L)))));

		assertThat(hosted.website(filed.websiteId()).orElseThrow().access().jrid()).isEqualTo(jrid + 100);
		assertThat(hosted.websitesByJrid(jrid + 100)).hasSize(1);
		assertNothingQuarantined("52");

		// two accesses of other providers, and our Ispid on neither: which is ours cannot be told
		FiledRecord unclear = withoutOurIds(basj(id, website, filed.wzid(), jrid + 200), 2);
		FiledWebsite site = unclear.websites().get(0);
		List<FiledAccess> two = List.of(site.accesses().get(0), new FiledAccess(jrid + 300, 3, List.of(1), List.of(1),
				site.accesses().get(0).ipRanges()));
		apply("52", "BASJ_UNCLEAR_1", DownloadDocument.of(new FiledData(List.of(new FiledRecord(unclear.entity(),
				List.of(new FiledWebsite(null, site.wzid(), site.icpNumber(), site.domains(), two)))))));

		assertThat(hosted.website(filed.websiteId()).orElseThrow().access().jrid()).isEqualTo(jrid + 100);
		assertThat(jdbc.queryForList("select text from result_quarantine where province = '52'", String.class))
			.singleElement().asString().contains("none of its 2 accesses is ours", "Wzid " + filed.wzid());
	}

	/** The filed data of one website of ours as the bureau would send it, with all our ids. */
	private FiledRecord basj(long filingId, Website website, long wzid, Long jrid) {
		HostedObjects.Filing filing = website.filing();
		List<FiledDomain> domains = website.domains().stream()
			.map(domain -> new FiledDomain(domain.ymid(), domain.domain(), domain.domainId()))
			.toList();
		List<FiledIpRange> ranges = website.access().ipRanges().stream()
			.map(range -> new FiledIpRange(range.ipid(), address(range.start()), address(range.end()), range.rangeId()))
			.toList();
		FiledAccess access = new FiledAccess(jrid, 330000000001L, List.of(1), List.of(1), ranges,
				website.access().ispJrid());
		return new FiledRecord(new FiledEntity(filingId, filing.ztid(), filing.entityIcpNumber()), List.of(
				new FiledWebsite(website.websiteId(), wzid, website.icpNumber(), domains, List.of(access))));
	}

	/** The same record without any id of ours, its access provided by this Ispid. */
	private static FiledRecord withoutOurIds(FiledRecord record, long providerId) {
		FiledWebsite website = record.websites().get(0);
		FiledAccess access = website.accesses().get(0);
		return new FiledRecord(new FiledEntity(null, record.entity().ztid(), record.entity().icpNumber()),
				List.of(new FiledWebsite(null, website.wzid(), website.icpNumber(),
						website.domains().stream().map(d -> new FiledDomain(d.ymid(), d.domain())).toList(),
						List.of(new FiledAccess(access.jrid(), providerId, access.locations(), access.methods(),
								access.ipRanges().stream().map(r -> new FiledIpRange(r.ipid(), r.start(), r.end()))
									.toList())))));
	}

	private void apply(String province, String fileName, DownloadDocument document) {
		new HandBuiltFiles(downloader, applier, jdbc).applied(province, fileName, new DownloadDocumentWriter().write(document));
	}

	private static long address(String dotted) {
		long value = 0;
		for (String part : dotted.split("\\.")) {
			value = value << 8 | Integer.parseInt(part);
		}
		return value;
	}

	private HostedIdsChecks checks() {
		return new HostedIdsChecks(hosted, filings, jdbc);
	}

	private long submitted(String province, String consoleFilingId, FilingJson filing) {
		return submitted(province, filing.inProvince(province).withConsoleFilingId(consoleFilingId).bytes());
	}

	private long submitted(String province, byte[] filing) {
		IntakeResult result = intake.accept(filing, IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		return result.filingId();
	}

	private void assertNothingQuarantined(String province) {
		assertThat(jdbc.queryForList("select text from result_quarantine where province = ?", String.class, province))
			.isEmpty();
	}

}
