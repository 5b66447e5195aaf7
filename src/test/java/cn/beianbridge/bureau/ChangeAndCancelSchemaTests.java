package cn.beianbridge.bureau;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.CancelRecord.Kind;
import cn.beianbridge.bureau.ChangeRecord.ChangedWebsiteIds;
import cn.beianbridge.bureau.ChangeRecord.DomainIds;
import cn.beianbridge.bureau.ChangeRecord.RangeIds;
import cn.beianbridge.bureau.UploadPlan.SetAside;
import cn.beianbridge.bureau.UploadPlan.UploadFile;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;

import static cn.beianbridge.bureau.GeneratedFilings.PASSWORD_MD5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ministry's upload-data.xsd judges every BGBA and ZXBA file the bridge makes of generated changes and
 * cancellations of every shape; what it or the protocol would refuse is held with a reason naming the element, never
 * sent.
 */
class ChangeAndCancelSchemaTests {

	private static final String QQDWID = "110000000211";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T07:04:05.012Z"), ZoneId.of("Asia/Shanghai"));

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	@Test
	void everyGeneratedCancelFileIsValid() {
		for (long seed = 1; seed <= 150; seed++) {
			List<CancelRecord> cancels = new GeneratedFilings(seed).cancels(8);
			byte[] document = writer.write(QQDWID, cancels);
			assertThat(BureauSchema.UPLOAD_DATA.check(document)).as("seed %d", seed).isEmpty();
			assertThat(new XmlQuery(document).count("/UploadData/ICP/ZXBA/Zx_xx")).isEqualTo(cancels.size());
		}
	}

	@Test
	void everyGeneratedChangeFileIsValidAndOnlyWhatBGBAForbidsIsHeldNamingTheElement() {
		UploadFileSplitter splitter = splitter(UploadLimits.BUREAU);
		int held = 0;
		for (long seed = 1; seed <= 150; seed++) {
			List<ChangeRecord> changes = new GeneratedFilings(seed * 7).changes(5);
			UploadPlan plan = splitter.split("33", QQDWID, changes);

			for (UploadFile file : plan.files()) {
				assertThat(BureauSchema.UPLOAD_DATA.check(document(file))).as("seed %d", seed).isEmpty();
				assertThat(file.operation()).isEqualTo(FilingType.CHANGE);
				assertThat(new XmlQuery(document(file)).count("/UploadData/ICP/BGBA/Bgxx")).isEqualTo(file.records().size());
			}
			// BGBA's Zjlx stops at 11; the code table's OTHER is 99, so such an entity cannot be changed through BGBA
			List<ChangeRecord> otherCertificate = changes.stream()
				.filter(change -> change.filing().entity().certificate().type() == CertificateType.OTHER)
				.toList();
			assertThat(plan.setAside()).as("seed %d", seed).extracting(SetAside::record)
				.containsExactlyElementsOf(otherCertificate);
			assertThat(plan.setAside()).allSatisfy(aside -> assertThat(aside.reason().text())
				.isEqualTo("The bureau's schema (upload-data.xsd) refuses this filing's data: "
						+ "Zt_xx/Zj/Zjlx: value breaks maxInclusive 11 (cvc-maxInclusive-valid)"));
			assertThat(Stream.concat(plan.files().stream().flatMap(file -> file.records().stream()),
					plan.setAside().stream().map(SetAside::record)))
				.as("nothing lost")
				.containsExactlyInAnyOrderElementsOf(changes);
			held += otherCertificate.size();
		}
		assertThat(held).as("the generator makes such entities").isPositive();
	}

	/** The generated cases would prove little if a shape never came up. */
	@Test
	void theGeneratedCasesHoldEveryShape() {
		List<ChangeRecord> changes = new ArrayList<>();
		List<CancelRecord> cancels = new ArrayList<>();
		for (long seed = 1; seed <= 150; seed++) {
			changes.addAll(new GeneratedFilings(seed * 7).changes(5));
			cancels.addAll(new GeneratedFilings(seed).cancels(8));
		}
		assertThat(changes).anySatisfy(change -> assertThat(change.filing().websites()).hasSizeGreaterThan(2));
		assertThat(changes.stream().flatMap(change -> change.websiteIds().stream()).flatMap(ids -> ids.domains().stream()))
			.anySatisfy(domain -> assertThat(domain.ymid()).isNull())
			.anySatisfy(domain -> assertThat(domain.ymid()).isNotNull());
		assertThat(changes.stream().flatMap(change -> change.websiteIds().stream()).flatMap(ids -> ids.ranges().stream()))
			.anySatisfy(range -> assertThat(range.ipid()).isNull())
			.anySatisfy(range -> assertThat(range.ipid()).isNotNull());
		assertThat(changes).extracting(ChangeRecord::attachmentOwners)
			.contains(ChangeRecord.OwnerReference.values());
		assertThat(changes).anySatisfy(change -> assertThat(change.filing().attachments())
			.anySatisfy(attachment -> assertThat(attachment.owner()).isEqualTo(AttachmentOwner.ENTITY))
			.anySatisfy(attachment -> assertThat(attachment.owner()).isEqualTo(AttachmentOwner.WEBSITE)));
		assertThat(changes).anySatisfy(change -> assertThat(change.filing().filingPasswordMd5()).isNull())
			.anySatisfy(change -> assertThat(change.filing().filingPasswordMd5()).isNotNull())
			.anySatisfy(change -> assertThat(change.filing().websites())
				.anySatisfy(website -> assertThat(website.name()).startsWith(GeneratedFilings.GBK_ONLY)));
		assertThat(cancels).extracting(CancelRecord::kind).contains(Kind.values());
		assertThat(cancels).extracting(CancelRecord::reason).contains(1, 999);
		assertThat(cancels).anySatisfy(cancel -> assertThat(cancel.remark()).hasSize(1000).contains(GeneratedFilings.GBK_ONLY))
			.anySatisfy(cancel -> assertThat(cancel.remark()).isNull())
			.anySatisfy(cancel -> assertThat(cancel.filingPasswordMd5()).isNull())
			.anySatisfy(cancel -> assertThat(cancel.filingPasswordMd5()).isNotNull());
	}

	@Test
	void theFileNamesEachShapeTheSchemaAllows() {
		ChangeRecord change = change(new ChangedWebsiteIds(77L, List.of(new DomainIds(21, 5001L), new DomainIds(22, null)),
				List.of(new RangeIds(31, null))), ChangeRecord.OwnerReference.ICP_NUMBER);
		byte[] document = writer.write(QQDWID, List.of(change));
		XmlQuery xml = new XmlQuery(document);
		String bgxx = "/UploadData/ICP/BGBA/Bgxx";
		assertThat(xml.text(bgxx + "/Zt_xx/Ztid")).isEqualTo("880001");
		assertThat(xml.text(bgxx + "/Zt_xx/Baxh")).isEqualTo("浙ICP备2026012345号");
		assertThat(xml.count(bgxx + "/Zt_xx/Bbfs")).isZero();
		assertThat(xml.text(bgxx + "/Wz_xx/Wzid")).isEqualTo("990001");
		assertThat(xml.text(bgxx + "/Wz_xx/Baxh")).isEqualTo("浙ICP备2026012345号-1");
		assertThat(xml.text(bgxx + "/Wz_xx/Ym_xx[1]/Ymid")).isEqualTo("5001");
		assertThat(xml.count(bgxx + "/Wz_xx/Ym_xx[2]/Ymid")).as("a domain being added").isZero();
		assertThat(xml.text(bgxx + "/Wz_xx/Ym_xx[2]/IspYmid")).isEqualTo("22");
		assertThat(xml.text(bgxx + "/Wz_xx/Jr_xx/Jrid")).isEqualTo("77");
		assertThat(xml.count(bgxx + "/Wz_xx/Jr_xx/Ip_xx/Ipid")).as("a range being added").isZero();
		assertThat(xml.text(bgxx + "/Fj[1]/Fjxx/Fjssdx/Ssdxbs/Baxh")).isEqualTo("浙ICP备2026012345号-1");
		assertThat(xml.text(bgxx + "/Fj[2]/Fjxx/Fjssdx/Ssdxbs/Baxh")).isEqualTo("浙ICP备2026012345号");
		assertThat(xml.text(bgxx + "/ICPmm")).isEqualTo(PASSWORD_MD5);
		assertThat(BureauSchema.UPLOAD_DATA.check(document)).isEmpty();

		XmlQuery byIds = new XmlQuery(writer.write(QQDWID, List.of(change(change.websiteIds().get(0),
				ChangeRecord.OwnerReference.BUREAU_ID))));
		assertThat(byIds.text(bgxx + "/Fj[1]/Fjxx/Fjssdx/Ssdxbs/Jlid")).isEqualTo("990001");
		assertThat(byIds.text(bgxx + "/Fj[2]/Fjxx/Fjssdx/Ssdxbs/Jlid")).isEqualTo("880001");
	}

	@Test
	void cancellingAnEntityWithoutThePasswordIsHeldNamingICPmm() {
		List<CancelRecord> cancels = List.of(cancel(Kind.WEBSITE, 3, null, null),
				cancel(Kind.ENTITY, 3, null, null), cancel(Kind.ACCESS, 3, null, null));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", QQDWID, cancels);
		assertThat(plan.files()).singleElement()
			.satisfies(file -> assertThat(file.records()).containsExactly(cancels.get(0), cancels.get(2)));
		assertThat(plan.setAside()).singleElement().satisfies(aside -> {
			assertThat(aside.record()).isEqualTo(cancels.get(1));
			assertThat(aside.reason().code()).isEqualTo("UPLOAD_UNWRITABLE");
			assertThat(aside.reason().text()).isEqualTo("Filing Z-ENTITY cannot be written to the upload document: "
					+ "Zx_xx/ICPmm is required to cancel an entity (Zxlb 0): the filing password's MD5 is missing");
		});
	}

	@Test
	void aReasonOutsideTheTableOrARemarkTooLongIsHeldNamingTheElementNeverTheValue() {
		String remark = "注".repeat(1001);
		List<CancelRecord> cancels = List.of(cancel(Kind.WEBSITE, 0, null, null), cancel(Kind.WEBSITE, 999, null, null),
				cancel(Kind.ACCESS, 1000, null, null), cancel(Kind.WEBSITE, 1, remark, null),
				cancel(Kind.ACCESS, 1, "注".repeat(1000), null));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", QQDWID, cancels);
		assertThat(plan.files()).singleElement()
			.satisfies(file -> assertThat(file.records()).containsExactly(cancels.get(1), cancels.get(4)));
		assertThat(plan.setAside()).extracting(aside -> aside.reason().text()).containsExactly(
				"The bureau's schema (upload-data.xsd) refuses this filing's data: Zxly: value breaks minInclusive 1 "
						+ "(cvc-minInclusive-valid)",
				"The bureau's schema (upload-data.xsd) refuses this filing's data: Zxly: value breaks maxInclusive 999 "
						+ "(cvc-maxInclusive-valid)",
				"The bureau's schema (upload-data.xsd) refuses this filing's data: Zxlybz: value of length 1001 breaks "
						+ "maxLength 1000 (cvc-maxLength-valid)");
		assertThat(plan.setAside()).allSatisfy(aside -> assertThat(aside.reason().text()).doesNotContain("注注"));
	}

	@Test
	void whatTheWriterCannotWriteIsRefusedNamingTheElement() {
		assertThat(unwritable(cancel(Kind.WEBSITE, 5, null, "123456"))).isEqualTo(
				"Zx_xx/ICPmm must be the filing password's MD5 as 32 hex digits, and is not");
		assertThat(unwritable(new CancelRecord(9, "Z-9", Kind.ACCESS, null, 5, null, null)))
			.isEqualTo("UploadData/ICP/ZXBA/Zx_xx/Jlid is required but missing");
		assertThat(unwritable(new CancelRecord(9, "Z-9", null, 5L, 5, null, null)))
			.isEqualTo("UploadData/ICP/ZXBA/Zx_xx/Zxlb is required but missing");
		assertThat(unwritable(cancel(Kind.WEBSITE, 5, "注销 \uD83D\uDE00", null)))
			.isEqualTo("UploadData/ICP/ZXBA/Zx_xx/Zxlybz holds '\uD83D\uDE00' (U+1F600) at offset 3, which GBK cannot encode");
		assertThat(unwritable(change(new ChangedWebsiteIds(null, List.of(new DomainIds(21, 1L), new DomainIds(22, 2L)),
				List.of(new RangeIds(31, 3L))), ChangeRecord.OwnerReference.BUREAU_ID)))
			.isEqualTo("UploadData/ICP/BGBA/Bgxx/Wz_xx/Jr_xx/Jrid is required but missing");
		FilingDocument filing = sampleChange();
		Entity unnumbered = filing.entity();
		unnumbered = new Entity(unnumbered.name(), unnumbered.nature(), unnumbered.investor(), unnumbered.region(),
				unnumbered.address(), unnumbered.certificate(), unnumbered.responsiblePerson(), unnumbered.icpNumber(), null);
		assertThat(unwritable(new ChangeRecord(1, SampleFilings.filing("B-1", FilingType.CHANGE, unnumbered,
				filing.websites(), List.of()), List.of(ids(filing)))))
			.isEqualTo("UploadData/ICP/BGBA/Bgxx/Zt_xx/Ztid is required but missing");
		FilingDocument plainPassword = new FilingDocument("B-1", FilingType.CHANGE, "33", filing.photoApprovedAt(),
				filing.photoVerification(), "secret123", filing.entity(), filing.emergencyContact(), filing.websites(),
				filing.attachments());
		assertThat(unwritable(new ChangeRecord(1, plainPassword, List.of(ids(filing)))))
			.isEqualTo("Bgxx/ICPmm must be the filing password's MD5 as 32 hex digits, and is not");
	}

	@Test
	void aChangeWithoutTheIdsOfEachDomainAndRangeOrOfAnotherTypeIsAProgrammingError() {
		FilingDocument filing = sampleChange();
		assertThatThrownBy(() -> new ChangeRecord(1, filing, List.of(new ChangedWebsiteIds(7L,
				List.of(new DomainIds(21, 1L)), List.of(new RangeIds(31, 3L))))))
			.hasMessage("Change B-1, websites[0]: 2 domains and 1 IP ranges but 1 and 1 ids given");
		assertThatThrownBy(() -> new ChangeRecord(1, SampleFilings.firstFiling("F-1"), List.of()))
			.hasMessage("A change record needs a filing of type CHANGE");
		assertThatThrownBy(() -> SampleFilings.record(filing, 1)).hasMessage("Filing B-1 is a CHANGE: it goes in a ChangeRecord");
	}

	@Test
	void cancelsGoAThousandToAFileInTheGivenOrderAndChangesSplitBySize() {
		List<CancelRecord> cancels = IntStream.range(0, 2300)
			.mapToObj(i -> new CancelRecord(i, "Z-" + i, Kind.WEBSITE, 1000L + i, 1 + i % 999, null, null))
			.toList();
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", QQDWID, cancels);
		assertThat(plan.files()).extracting(file -> file.records().size()).containsExactly(1000, 1000, 300);
		assertThat(plan.files().stream().flatMap(file -> file.records().stream()).toList()).isEqualTo(cancels);
		assertThat(plan.files()).extracting(UploadFile::operation).containsOnly(FilingType.CANCEL);

		Random random = new Random(42);
		List<ChangeRecord> changes = IntStream.range(0, 10).mapToObj(i -> withPhoto(i, random)).toList();
		UploadPlan bySize = splitter(new UploadLimits(1000, 50_000)).split("33", QQDWID, changes);
		assertThat(bySize.files()).hasSizeGreaterThan(2).allSatisfy(file -> {
			assertThat(file.payload().zipBytes()).isLessThanOrEqualTo(50_000);
			assertThat(BureauSchema.UPLOAD_DATA.check(document(file))).isEmpty();
		});
		assertThat(bySize.files().stream().flatMap(file -> file.records().stream()).toList()).isEqualTo(changes);
		assertThat(bySize.setAside()).isEmpty();
	}

	@Test
	void aFileHoldsOneOperationSoChangesCancelsAndFirstFilingsGoInTheirOwnFilesInOrder() {
		List<UploadItem> items = List.of(cancel(Kind.WEBSITE, 5, null, null), change(ids(sampleChange()),
				ChangeRecord.OwnerReference.BUREAU_ID), SampleFilings.record(SampleFilings.firstFiling("F-1"), 3),
				cancel(Kind.ACCESS, 6, null, null));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", QQDWID, items);
		assertThat(plan.files()).extracting(UploadFile::operation)
			.containsExactly(FilingType.CANCEL, FilingType.CHANGE, FilingType.FIRST_FILING);
		assertThat(plan.files().get(0).records()).containsExactly(items.get(0), items.get(3));
		assertThatThrownBy(() -> writer.write(QQDWID, items))
			.hasMessage("An upload document holds one operation list: filing B-1 is CHANGE, not CANCEL");
	}

	@Test
	void logsSeeNoPersonalDataNorPassword() {
		CancelRecord cancel = cancel(Kind.ENTITY, 5, "客户张三申请，电话13812345678", PASSWORD_MD5);
		assertThat(cancel.toString()).doesNotContain("张三").doesNotContain("13812345678").doesNotContain(PASSWORD_MD5)
			.contains("kind=ENTITY", "jlid=330000001");
		ChangeRecord change = change(ids(sampleChange()), ChangeRecord.OwnerReference.BUREAU_ID);
		assertThat(change.toString()).doesNotContain(PASSWORD_MD5).doesNotContain("13812345678")
			.doesNotContain("11010519491231002X").contains("consoleFilingId=B-1");
	}

	private String unwritable(UploadItem item) {
		try {
			writer.write(QQDWID, List.of(item));
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex).isInstanceOf(cn.beianbridge.bureau.internal.UnwritableRecord.class);
			return ex.getMessage().substring(ex.getMessage().indexOf(": ") + 2);
		}
		throw new AssertionError("written: " + item);
	}

	private static CancelRecord cancel(Kind kind, int reason, String remark, String password) {
		return new CancelRecord(reason, "Z-" + kind, kind, 330000001L, reason, remark, password);
	}

	/** A change of one website with two domains and one range, and an attachment of the website and one of the entity. */
	private static FilingDocument sampleChange() {
		return SampleFilings.filing("B-1", FilingType.CHANGE, SampleFilings.entity("浙江堃喆科技有限公司"),
				List.of(SampleFilings.website("w1", "堃喆官网", "kunzhe.cn", "kunzhe.com.cn")),
				List.of(SampleFilings.attachment(AttachmentPurpose.VERIFICATION_FORM, AttachmentOwner.WEBSITE, "w1",
						new byte[] { 1, 2, 3 }),
						SampleFilings.attachment(AttachmentPurpose.ENTITY_CERTIFICATE, AttachmentOwner.ENTITY, null,
								new byte[] { 4, 5 })));
	}

	private static ChangedWebsiteIds ids(FilingDocument filing) {
		List<ChangedWebsiteIds> ids = new ArrayList<>();
		for (Website website : filing.websites()) {
			ids.add(new ChangedWebsiteIds(77L,
					IntStream.range(0, website.domains().size()).mapToObj(i -> new DomainIds(20 + i, 5000L + i)).toList(),
					IntStream.range(0, website.access().ipRanges().size()).mapToObj(i -> new RangeIds(30 + i, 6000L + i))
						.toList()));
		}
		return ids.get(0);
	}

	private static ChangeRecord change(ChangedWebsiteIds ids, ChangeRecord.OwnerReference owners) {
		return new ChangeRecord(1, sampleChange(), List.of(ids), owners);
	}

	/** A change carrying a photo that compresses like a JPEG. */
	private static ChangeRecord withPhoto(int i, Random random) {
		FilingDocument filing = SampleFilings.filing("B-" + i, FilingType.CHANGE, SampleFilings.entity("某公司" + i),
				List.of(SampleFilings.website("w1", "站点", "site" + i + ".cn")),
				List.of(SampleFilings.attachment(AttachmentPurpose.SITE_PHOTO, AttachmentOwner.WEBSITE, "w1",
						SampleFilings.jpegLike(random, 15_000))));
		return new ChangeRecord(i, filing, List.of(new ChangedWebsiteIds(77L + i,
				List.of(new DomainIds(20, 5000L)), List.of(new RangeIds(30, 6000L)))));
	}

	private UploadFileSplitter splitter(UploadLimits limits) {
		return new UploadFileSplitter(writer, PayloadCodec.plaintext(), limits, CLOCK);
	}

	/** The document inside a plaintext file's payload. */
	private static byte[] document(UploadFile file) {
		return PayloadCodec.plaintext().unpack(file.payload()).content();
	}

}
