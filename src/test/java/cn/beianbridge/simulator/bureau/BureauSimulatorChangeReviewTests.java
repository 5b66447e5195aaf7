package cn.beianbridge.simulator.bureau;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.CancelRecord;
import cn.beianbridge.bureau.CancelRecord.Kind;
import cn.beianbridge.bureau.ChangeRecord;
import cn.beianbridge.bureau.ChangeRecord.ChangedWebsiteIds;
import cn.beianbridge.bureau.ChangeRecord.DomainIds;
import cn.beianbridge.bureau.ChangeRecord.RangeIds;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadItem;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Changes (BGBA) and cancellations (ZXBA) before the simulated bureaus: decided like the other operations, refused on
 * arrival one record at a time with the spec's codes, and the register following what was approved (the next BASJ,
 * status queries). Every file that comes down is checked against download-data.xsd by {@link #drain}.
 */
class BureauSimulatorChangeReviewTests extends SimulatorTestSupport {

	private static final String OTHER_PROVIDER = "330000000002";

	private static final String WRONG_PASSWORD = "0cc175b9c0f1b6a831c399e269772661";

	@BeforeEach
	void nothingWaiting() {
		drain(ZHEJIANG);
		drain(JIANGSU);
		simulator.resultIdentifiers(ZHEJIANG, ResultIdentifier.BUREAU_ID);
		simulator.resultIdentifiers(JIANGSU, ResultIdentifier.BUREAU_ID);
	}

	@Test
	void anApprovedChangeBecomesTheFiledDataAndItsBasjCarriesTheIds() {
		String kept = domain("kept");
		String dropped = domain("dropped");
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江变更前官网", kept, dropped);
		FiledWebsite website = filed.websites().get(0);
		FiledIpRange range = website.accesses().get(0).ipRanges().get(0);
		String added = domain("added");
		long ispYmid = UploadFiles.nextId();

		upload(ZHEJIANG, UploadFiles.QQDWID, change(filed, "浙江变更后官网", List.of(kept, added),
				List.of(new DomainIds(UploadFiles.nextId(), ymid(website, kept)), new DomainIds(ispYmid, null)),
				List.of("203.0.113.9", "203.0.113.9", "198.51.100.1", "198.51.100.20"),
				List.of(new RangeIds(UploadFiles.nextId(), range.ipid()), new RangeIds(UploadFiles.nextId(), null)),
				UploadFiles.PASSWORD_MD5));
		List<Downloaded> files = drain(ZHEJIANG);

		assertThat(results(files)).extracting(Result::code, Result::operation, Result::identifier)
			.containsExactly(tuple(1001, 4, String.valueOf(filed.entity().ztid())));
		FiledWebsite changed = basj(files).websites().get(0);
		assertThat(changed.wzid()).isEqualTo(website.wzid());
		assertThat(BeianStatusReply.parse(calls(ZHEJIANG).status(0, kept)).statusInfo().websiteName())
			.isEqualTo("浙江变更后官网");
		assertThat(changed.domains()).extracting(FiledDomain::domain).containsExactly(kept, added);
		FiledDomain newDomain = changed.domains().get(1);
		assertThat(newDomain.ispYmid()).isEqualTo(ispYmid);
		assertThat(newDomain.ymid()).isNotIn(ymid(website, kept), ymid(website, dropped));
		assertThat(changed.accesses()).singleElement().satisfies(access -> {
			assertThat(access.jrid()).isEqualTo(website.accesses().get(0).jrid());
			assertThat(access.ipRanges()).extracting(FiledIpRange::start, FiledIpRange::end)
				.containsExactly(tuple(3405803785L, 3405803785L), tuple(3325256705L, 3325256724L));
			assertThat(access.ipRanges().get(0).ipid()).isEqualTo(range.ipid());
			assertThat(access.ipRanges().get(1).ipid()).isNotEqualTo(range.ipid());
		});
		assertThat(filed(dropped)).isFalse();
		assertThat(filed(added)).isTrue();
		assertThat(filed(kept)).isTrue();
	}

	@Test
	void aRejectedChangeLeavesTheFiledDataWithTheReviewersOpinionNamingTheEntity() {
		String domain = domain("unchanged");
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江不变官网", domain);
		FiledWebsite website = filed.websites().get(0);

		upload(ZHEJIANG, UploadFiles.QQDWID, change(filed, "驳回变更网", List.of(domain("would-add")),
				List.of(new DomainIds(UploadFiles.nextId(), null)), List.of("203.0.113.7", "203.0.113.7"),
				List.of(new RangeIds(UploadFiles.nextId(), null)), UploadFiles.PASSWORD_MD5));
		List<Downloaded> files = drain(ZHEJIANG);

		Result result = results(files).get(0);
		assertThat(result.code()).isEqualTo(1002);
		assertThat(result.operation()).isEqualTo(4);
		assertThat(result.opinions()).singleElement().satisfies(opinion -> {
			assertThat(opinion.operation()).isEqualTo(4);
			assertThat(opinion.recordId()).isEqualTo(String.valueOf(filed.entity().ztid()));
			assertThat(opinion.opinion()).contains("驳回变更网");
		});
		assertThat(files).extracting(file -> file.document().kind()).containsExactly("BAJG");
		assertThat(filed(domain)).isTrue();
		assertThat(BeianStatusReply.parse(calls(ZHEJIANG).status(0, domain)).statusInfo().websiteIcpNumber())
			.isEqualTo(website.icpNumber());
	}

	@Test
	void aForcedDecisionOverridesTheReviewOfAChangeAndOfACancellation() {
		String domain = domain("forced");
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江强制官网", domain);
		FiledWebsite website = filed.websites().get(0);
		simulator.forceNext(ZHEJIANG, Decision.REFUSE, 1046);
		simulator.forceNext(ZHEJIANG, Decision.REJECT);

		upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(filed, "浙江强制官网二"),
				cancel(Kind.WEBSITE, website.wzid(), 1, null));

		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation, Result::identifier)
			.containsExactly(tuple(1046, 4, String.valueOf(filed.entity().ztid())),
					tuple(1002, 7, String.valueOf(website.wzid())));
		assertThat(filed(domain)).isTrue();
	}

	@Test
	void anApprovedWebsiteCancellationTakesItOutAndItIsThenAlreadyCancelled() {
		String domain = domain("cancel-site");
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江注销网站", domain);
		FiledWebsite website = filed.websites().get(0);

		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.WEBSITE, website.wzid(), 1, null));
		List<Downloaded> files = drain(ZHEJIANG);

		assertThat(files).extracting(file -> file.document().kind()).containsExactly("BAJG");
		assertThat(results(files)).extracting(Result::code, Result::operation, Result::identifier)
			.containsExactly(tuple(1001, 7, String.valueOf(website.wzid())));
		assertThat(filed(domain)).isFalse();

		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.WEBSITE, website.wzid(), 1, null), keepAsFiled(filed, "再改"));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1050, 7), tuple(1050, 4));
	}

	@Test
	void whatTheBureauCancelledOfItsOwnAccordCanNeitherBeChangedNorCancelledAgain() {
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江强制注销", domain("forced"));
		simulator.cancel(ZHEJIANG, filed.entity().icpNumber(), "强制注销：主体证件信息核查不实");
		drain(ZHEJIANG);

		upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(filed, "改名"),
				cancel(Kind.WEBSITE, filed.websites().get(0).wzid(), 1, null));
		List<Result> refused = results(drain(ZHEJIANG));
		assertThat(refused).extracting(Result::code, Result::operation).first().isEqualTo(tuple(1049, 4));
		assertThat(refused).extracting(Result::operation).containsExactly(4, 7);
		assertThat(refused.get(1).code()).as("its website: cancelled with it").isIn(1049, 1050);
	}

	@Test
	void anApprovedEntityCancellationTakesItWithItsWebsites() {
		String domain = domain("cancel-entity");
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江注销主体", domain);
		long ztid = filed.entity().ztid();

		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.ENTITY, ztid, 3, UploadFiles.PASSWORD_MD5));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation, Result::identifier)
			.containsExactly(tuple(1001, 6, String.valueOf(ztid)));
		assertThat(filed(domain)).isFalse();

		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.ENTITY, ztid, 3, UploadFiles.PASSWORD_MD5),
				cancel(Kind.WEBSITE, filed.websites().get(0).wzid(), 1, null), keepAsFiled(filed, "再改"));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1049, 6), tuple(1050, 7), tuple(1049, 4));
	}

	@Test
	void anApprovedAccessCancellationLeavesTheWebsiteFiledWithoutOurAccess() {
		String domain = domain("cancel-access");
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江取消接入", domain);
		long jrid = filed.websites().get(0).accesses().get(0).jrid();

		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.ACCESS, jrid, 2, null));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation, Result::identifier)
			.containsExactly(tuple(1001, 5, String.valueOf(jrid)));
		assertThat(filed(domain)).isTrue();

		// the access is no longer in the filing database: neither to cancel again nor to change
		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.ACCESS, jrid, 2, null), keepAsFiled(filed, "再改"));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1016, 5), tuple(1016, 4));
	}

	@Test
	void aProvinceThatKeepsASitesOnlyAccessRefusesToCancelIt() {
		FiledRecord filed = fileOne(JIANGSU, UploadFiles.QQDWID, "江苏唯一接入", domain("only-access"));
		long jrid = filed.websites().get(0).accesses().get(0).jrid();

		upload(JIANGSU, UploadFiles.QQDWID, cancel(Kind.ACCESS, jrid, 2, null));

		assertThat(results(drain(JIANGSU))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1025, 5));
	}

	@Test
	void eachBadRecordIsRefusedWithItsCodeAndTheOthersGoOn() {
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江拒收官网", domain("refusals"));
		FiledWebsite website = filed.websites().get(0);
		FiledRecord unknownEntity = new FiledRecord(
				new cn.beianbridge.bureau.DownloadDocument.FiledEntity(null, 999_000_000_001L, filed.entity().icpNumber()),
				filed.websites());
		FiledRecord unknownWebsite = new FiledRecord(filed.entity(), List.of(new FiledWebsite(null, 999_000_000_002L,
				website.icpNumber(), website.domains(), website.accesses(), null)));

		upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(unknownEntity, "甲"), keepAsFiled(unknownWebsite, "乙"),
				keepAsFiled(filed, "丙", WRONG_PASSWORD), keepAsFiled(filed, "丁"), keepAsFiled(filed, "戊"),
				cancel(Kind.WEBSITE, website.wzid(), 5, null), cancel(Kind.ENTITY, filed.entity().ztid(), 1, WRONG_PASSWORD),
				cancel(Kind.ACCESS, 999_000_000_003L, 1, null));
		// the bridge never writes an entity's cancellation without ICPmm, but the schema allows it
		uploadRaw(ZHEJIANG, "<ZXBA><Zx_xx><Zxlb>0</Zxlb><Jlid>%d</Jlid><Zxly>1</Zxly></Zx_xx></ZXBA>"
			.formatted(filed.entity().ztid()));

		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1058, 4), tuple(1059, 4), tuple(1018, 4), tuple(1001, 4), tuple(1017, 4),
					tuple(1026, 7), tuple(1018, 6), tuple(1016, 5), tuple(1018, 6));
	}

	@Test
	void aSecondCancellationOfTheSameOrOfAnEnclosingFilingIsRefusedWhileTheFirstIsUnderReview() {
		FiledRecord one = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江重复注销一", domain("twice-one"));
		FiledRecord two = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江重复注销二", domain("twice-two"));
		long jrid = two.websites().get(0).accesses().get(0).jrid();
		simulator.forceNext(ZHEJIANG, Decision.REJECT);
		simulator.forceNext(ZHEJIANG, Decision.REJECT);
		simulator.forceNext(ZHEJIANG, Decision.REJECT);
		simulator.forceNext(ZHEJIANG, Decision.REJECT);

		upload(ZHEJIANG, UploadFiles.QQDWID, cancel(Kind.ENTITY, one.entity().ztid(), 1, UploadFiles.PASSWORD_MD5),
				cancel(Kind.ENTITY, one.entity().ztid(), 1, UploadFiles.PASSWORD_MD5),
				cancel(Kind.WEBSITE, one.websites().get(0).wzid(), 1, null),
				cancel(Kind.WEBSITE, two.websites().get(0).wzid(), 1, null),
				cancel(Kind.WEBSITE, two.websites().get(0).wzid(), 1, null),
				cancel(Kind.ENTITY, two.entity().ztid(), 1, UploadFiles.PASSWORD_MD5), cancel(Kind.ACCESS, jrid, 2, null),
				cancel(Kind.ACCESS, jrid, 2, null));

		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1002, 6), tuple(1027, 6), tuple(1042, 7), tuple(1002, 7), tuple(1030, 7),
					tuple(1043, 6), tuple(1002, 5), tuple(1032, 5));
	}

	@Test
	void anotherProvidersFilingCannotBeChangedNorItsAccessCancelled() {
		FiledRecord theirs = fileOne(ZHEJIANG, OTHER_PROVIDER, "浙江别家官网", domain("theirs"));
		long jrid = theirs.websites().get(0).accesses().get(0).jrid();

		upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(theirs, "改别家"), cancel(Kind.ACCESS, jrid, 2, null),
				cancel(Kind.WEBSITE, theirs.websites().get(0).wzid(), 1, null));

		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation)
			.containsExactly(tuple(1048, 4), tuple(1047, 5), tuple(1048, 7));
	}

	@Test
	void resultsCanNameChangesAndCancellationsByTheIcpNumber() {
		FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江号码官网", domain("by-number"));
		FiledRecord other = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江号码官网二", domain("by-number-two"));
		simulator.resultIdentifiers(ZHEJIANG, ResultIdentifier.ICP_NUMBER);

		upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(filed, "浙江号码官网改"),
				cancel(Kind.WEBSITE, other.websites().get(0).wzid(), 1, null),
				cancel(Kind.ACCESS, filed.websites().get(0).accesses().get(0).jrid(), 2, null));

		assertThat(results(drain(ZHEJIANG))).extracting(Result::code, Result::operation, Result::identifier)
			.containsExactly(tuple(1001, 4, filed.entity().icpNumber()),
					tuple(1001, 7, other.websites().get(0).icpNumber()),
					tuple(1001, 5, filed.websites().get(0).icpNumber()));
	}

	@Test
	void byDefaultAResultNamesItsRecordEitherWay() {
		simulator.resultIdentifiers(ZHEJIANG, null);
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			FiledRecord filed = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江随机官网", domain("either"));
			upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(filed, "浙江随机官网改"));
			String bs = results(drain(ZHEJIANG)).get(0).identifier();
			assertThat(bs).isIn(String.valueOf(filed.entity().ztid()), filed.entity().icpNumber());
			seen.add(bs.equals(filed.entity().icpNumber()) ? "number" : "id");
		}
		assertThat(seen).contains("number", "id");
	}

	@Test
	void everyFileOfChangesAndCancellationsIsValidInEveryResultOrderAndFormAndNoResultIsLost() {
		for (ResultOrder order : List.of(ResultOrder.IN_ORDER, ResultOrder.REVERSED, ResultOrder.NUMBERS_IN_LATER_DOWNLOAD,
				ResultOrder.ONE_FILE)) {
			for (ResultIdentifier form : List.of(ResultIdentifier.BUREAU_ID, ResultIdentifier.ICP_NUMBER)) {
				simulator.faults(ZHEJIANG).resultOrder(order).duplicateFiles(false);
				simulator.resultIdentifiers(ZHEJIANG, form);
				FiledRecord one = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江生成官网", domain("gen"), domain("gen-b"));
				FiledRecord two = fileOne(ZHEJIANG, UploadFiles.QQDWID, "浙江生成官网二", domain("gen-two"));
				simulator.forceNext(ZHEJIANG, Decision.APPROVE);
				simulator.forceNext(ZHEJIANG, Decision.REJECT);
				simulator.forceNext(ZHEJIANG, Decision.APPROVE);
				simulator.forceNext(ZHEJIANG, Decision.APPROVE);

				upload(ZHEJIANG, UploadFiles.QQDWID, keepAsFiled(one, "浙江生成官网改"), keepAsFiled(two, "驳回"),
						cancel(Kind.ACCESS, one.websites().get(0).accesses().get(0).jrid(), 2, null),
						cancel(Kind.ENTITY, two.entity().ztid(), 99, UploadFiles.PASSWORD_MD5));
				List<Downloaded> files = drain(ZHEJIANG);

				assertThat(results(files)).as("%s, %s", order, form).extracting(Result::code, Result::operation)
					.containsExactly(tuple(1001, 4), tuple(1002, 4), tuple(1001, 5), tuple(1001, 6));
				assertThat(basj(files).entity().ztid()).isEqualTo(one.entity().ztid());
				simulator.resetAll();
			}
		}
	}

	// --- helpers

	private FiledRecord fileOne(String province, String qqdwid, String name, String... domains) {
		UploadRecord record = files(province).firstFiling(name, domains);
		upload(province, qqdwid, record);
		return basj(drain(province));
	}

	/** Uploads the items in order: each run of one operation in a file of its own (the bridge writes them so). */
	private void upload(String province, String qqdwid, UploadItem... items) {
		List<UploadItem> run = new ArrayList<>();
		for (UploadItem item : items) {
			if (!run.isEmpty() && run.get(0).operation() != item.operation()) {
				uploadFile(province, qqdwid, run);
				run = new ArrayList<>();
			}
			run.add(item);
		}
		uploadFile(province, qqdwid, run);
	}

	private void uploadFile(String province, String qqdwid, List<UploadItem> items) {
		SoapBureauCalls calls = calls(province);
		byte[] document = new UploadDocumentWriter(codeTables).write(qqdwid, items);
		BureauReturn reply = calls.upload(codec(province).pack(UploadFiles.fileName(province), document),
				nextSequence(calls));
		assertThat(reply.msgCode()).as(reply.msg()).isZero();
	}

	private void uploadRaw(String province, String operationList) {
		SoapBureauCalls calls = calls(province);
		byte[] document = UploadFiles.gbk("<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData version=\"V.3.0\"><ICP>"
				+ operationList + "<Qqdwid>" + UploadFiles.QQDWID + "</Qqdwid></ICP></UploadData>");
		BureauReturn reply = calls.upload(codec(province).pack(UploadFiles.fileName(province), document),
				nextSequence(calls));
		assertThat(reply.msgCode()).as(reply.msg()).isZero();
	}

	/** A change of the entity's first website that keeps its domains and ranges, renamed. */
	private ChangeRecord keepAsFiled(FiledRecord filed, String websiteName) {
		return keepAsFiled(filed, websiteName, UploadFiles.PASSWORD_MD5);
	}

	private ChangeRecord keepAsFiled(FiledRecord filed, String websiteName, String passwordMd5) {
		FiledWebsite website = filed.websites().get(0);
		List<String> ranges = new ArrayList<>();
		List<RangeIds> rangeIds = new ArrayList<>();
		for (FiledIpRange range : website.accesses().get(0).ipRanges()) {
			ranges.add(address(range.start()));
			ranges.add(address(range.end()));
			rangeIds.add(new RangeIds(UploadFiles.nextId(), range.ipid()));
		}
		return change(filed, websiteName, website.domains().stream().map(FiledDomain::domain).toList(),
				website.domains().stream().map(domain -> new DomainIds(UploadFiles.nextId(), domain.ymid())).toList(),
				ranges, rangeIds, passwordMd5);
	}

	private ChangeRecord change(FiledRecord filed, String websiteName, List<String> domains, List<DomainIds> domainIds,
			List<String> ranges, List<RangeIds> rangeIds, String passwordMd5) {
		FilingDocument base = FilingJson.aChange().inProvince(ZHEJIANG).websiteName(websiteName)
			.domains(domains.toArray(String[]::new)).ipRanges(ranges.toArray(String[]::new)).document();
		Entity entity = base.entity();
		FiledWebsite filedWebsite = filed.websites().get(0);
		Website website = base.websites().get(0);
		FilingDocument document = new FilingDocument("F-" + UploadFiles.nextId(), FilingType.CHANGE, ZHEJIANG,
				base.photoApprovedAt(), base.photoVerification(), passwordMd5,
				new Entity(entity.name(), entity.nature(), entity.investor(), entity.region(), entity.address(),
						entity.certificate(), entity.responsiblePerson(), filed.entity().icpNumber(), filed.entity().ztid()),
				base.emergencyContact(),
				List.of(new Website(website.consoleWebsiteId(), website.name(), website.domains(), website.homeUrl(),
						website.serviceContent(), website.languages(), website.preApproval(), website.access(),
						website.responsiblePerson(), website.remarks(), filedWebsite.icpNumber(), filedWebsite.wzid())),
				List.of());
		long jrid = filedWebsite.accesses().isEmpty() ? 1 : filedWebsite.accesses().get(0).jrid();
		return new ChangeRecord(UploadFiles.nextId(), document, List.of(new ChangedWebsiteIds(jrid, domainIds, rangeIds)));
	}

	private static CancelRecord cancel(Kind kind, long jlid, int reason, String passwordMd5) {
		return new CancelRecord(UploadFiles.nextId(), "Z-" + UploadFiles.nextId(), kind, jlid, reason, "客户申请注销",
				passwordMd5);
	}

	private boolean filed(String domain) {
		return BeianStatusReply.parse(calls(ZHEJIANG).status(0, domain)).statusInfo().filed();
	}

	private static FiledRecord basj(List<Downloaded> files) {
		return files.stream()
			.filter(file -> file.document().kind().contains("BASJ"))
			.flatMap(file -> file.document().filedData().stream())
			.map(FiledData::records)
			.flatMap(List::stream)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no BASJ in " + files));
	}

	private static List<Result> results(List<Downloaded> files) {
		return files.stream()
			.flatMap(file -> file.document().bureauResults().stream())
			.flatMap(results -> results.results().stream())
			.toList();
	}

	private static long ymid(FiledWebsite website, String domain) {
		return website.domains().stream().filter(filed -> filed.domain().equals(domain)).findFirst().orElseThrow().ymid();
	}

	private static String address(long value) {
		return (value >>> 24) + "." + (value >>> 16 & 255) + "." + (value >>> 8 & 255) + "." + (value & 255);
	}

	private static String domain(String purpose) {
		return purpose + "-" + UploadFiles.nextId() + ".cn";
	}

}
