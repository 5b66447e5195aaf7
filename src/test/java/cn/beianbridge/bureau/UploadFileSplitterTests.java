package cn.beianbridge.bureau;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.UploadPlan.SetAside;
import cn.beianbridge.bureau.UploadPlan.UploadFile;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingType;

import static cn.beianbridge.bureau.SampleFilings.entity;
import static cn.beianbridge.bureau.SampleFilings.filing;
import static cn.beianbridge.bureau.SampleFilings.record;
import static cn.beianbridge.bureau.SampleFilings.website;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadFileSplitterTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T07:04:05.012Z"), ZoneId.of("Asia/Shanghai"));

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	private final Random random = new Random(42);

	@Test
	void aThousandRecordsAtMostPerFileInTheGivenOrder() {
		List<UploadRecord> records = IntStream.range(0, 2500).mapToObj(i -> small(FilingType.FIRST_FILING, i)).toList();
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", "1", records);
		assertThat(plan.files()).extracting(file -> file.records().size()).containsExactly(1000, 1000, 500);
		assertThat(plan.files().stream().flatMap(file -> file.records().stream()).toList()).isEqualTo(records);
		assertThat(plan.setAside()).isEmpty();
		assertThat(new XmlQuery(document(plan.files().get(0))).count("/UploadData/ICP/XZBA/Baxx")).isEqualTo(1000);
	}

	@Test
	void filesStayUnderTheByteLimitMeasuredOnTheZip() {
		List<UploadRecord> records = IntStream.range(0, 12).mapToObj(i -> withPhoto(i, 15_000)).toList();
		UploadLimits limits = new UploadLimits(1000, 50_000);
		UploadPlan plan = splitter(limits).split("33", "1", records);
		assertThat(plan.files()).hasSizeGreaterThan(3);
		assertThat(plan.files()).allSatisfy(file -> {
			assertThat(file.payload().zipBytes()).isLessThanOrEqualTo(50_000);
			assertThat(file.records()).hasSizeGreaterThan(1);
		});
		assertThat(plan.files().stream().flatMap(file -> file.records().stream()).toList()).isEqualTo(records);
	}

	@Test
	void aRecordTooLargeForAnyFileIsSetAsideWithItsReasonNotDropped() {
		UploadRecord huge = withPhoto(1, 120_000);
		List<UploadRecord> records = List.of(withPhoto(0, 1_000), huge, withPhoto(2, 1_000));
		UploadPlan plan = splitter(new UploadLimits(1000, 60_000)).split("33", "1", records);
		assertThat(plan.files()).hasSize(1);
		assertThat(plan.files().get(0).records()).containsExactly(records.get(0), records.get(2));
		assertThat(plan.setAside()).singleElement().satisfies(setAside -> {
			assertThat(setAside.record()).isSameAs(huge);
			assertThat(setAside.reason().code()).isEqualTo("UPLOAD_TOO_LARGE");
			assertThat(setAside.reason().text()).contains("at most 60000");
		});
	}

	@Test
	void eachFileHoldsOneOperationAndFilesFollowTheirFirstRecord() {
		List<UploadRecord> records = List.of(small(FilingType.FIRST_FILING, 0), small(FilingType.NEW_WEBSITE, 1),
				small(FilingType.FIRST_FILING, 2), small(FilingType.NEW_ACCESS, 3), small(FilingType.NEW_WEBSITE, 4));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", "1", records);
		assertThat(plan.files()).extracting(UploadFile::operation)
			.containsExactly(FilingType.FIRST_FILING, FilingType.NEW_WEBSITE, FilingType.NEW_ACCESS);
		assertThat(plan.files().get(0).records()).containsExactly(records.get(0), records.get(2));
		assertThat(plan.files().get(1).records()).containsExactly(records.get(1), records.get(4));
		assertThat(new XmlQuery(document(plan.files().get(1))).count("/UploadData/ICP/XZWZ/Xzxx")).isEqualTo(2);
	}

	@Test
	void aNewAccessCountsOneRecordPerWebsite() {
		List<UploadRecord> records = List.of(newAccess(0, 2), newAccess(1, 2), newAccess(2, 1), newAccess(3, 4));
		UploadPlan plan = splitter(new UploadLimits(3, 50_000_000)).split("33", "1", records);
		assertThat(plan.files()).extracting(UploadFile::bureauRecords).containsExactly(2, 3);
		assertThat(plan.setAside()).singleElement().satisfies(setAside -> {
			assertThat(setAside.record()).isSameAs(records.get(3));
			assertThat(setAside.reason().code()).isEqualTo("UPLOAD_TOO_MANY_RECORDS");
		});
	}

	@Test
	void aFilingThatCannotBeWrittenIsSetAsideAndTheOthersGoAhead() {
		FilingDocument outsideGbk = filing("F-bad", FilingType.FIRST_FILING, entity("刘䶮工作室"),
				List.of(website("w1", "站点", "a.cn")), List.of());
		List<UploadRecord> records = List.of(small(FilingType.FIRST_FILING, 0), record(outsideGbk, 9),
				small(FilingType.FIRST_FILING, 2));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", "1", records);
		assertThat(plan.files()).singleElement().satisfies(file -> assertThat(file.records()).hasSize(2));
		SetAside setAside = plan.setAside().get(0);
		assertThat(setAside.reason().code()).isEqualTo("UPLOAD_UNWRITABLE");
		assertThat(setAside.reason().text()).contains("F-bad").contains("GBK cannot encode");
	}

	@Test
	void aFilingWhoseRecordBreaksTheSchemaIsSetAsideWithTheRuleNotTheValueAndTheFileGoesWithTheRest() {
		List<UploadRecord> records = List.of(small(FilingType.FIRST_FILING, 0), withOfficePhone(1, "8666-1234"),
				small(FilingType.FIRST_FILING, 2), withOfficePhone(3, "0571-123"));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", "1", records);
		assertThat(plan.files()).singleElement().satisfies(file -> {
			assertThat(file.records()).containsExactly(records.get(0), records.get(2));
			assertThat(BureauSchema.UPLOAD_DATA.check(document(file))).isEmpty();
		});
		assertThat(plan.setAside()).extracting(SetAside::record).containsExactly(records.get(1), records.get(3));
		assertThat(plan.setAside().get(0).reason()).satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("UPLOAD_SCHEMA");
			assertThat(reason.text()).isEqualTo("The bureau's schema (upload-data.xsd) refuses this filing's data: "
					+ "Wz_xx/Wz_Fzr/Fzr_dhhm: value of length 9 breaks minLength 11 (cvc-minLength-valid)");
		});
		assertThat(plan.setAside().get(1).reason().text()).doesNotContain("0571-123");
	}

	@Test
	void aNewAccessRecordThatBreaksTheSchemaIsNamedByItsWebsite() {
		FilingDocument.Website w = website("w2", "站点", "b.cn");
		FilingDocument.Website fromZero = new FilingDocument.Website("w2", w.name(), w.domains(), w.homeUrl(),
				w.serviceContent(), w.languages(), null,
				new FilingDocument.Access("CLOUD", "330100", List.of(new FilingDocument.IpRange("0.0.0.0", "0.0.0.9"))),
				w.responsiblePerson(), null, w.icpNumber(), w.bureauWebsiteId());
		UploadRecord broken = record(filing("NA-9", FilingType.NEW_ACCESS, entity("公司"),
				List.of(website("w1", "站点", "a.cn"), fromZero), List.of()), 9);
		List<UploadRecord> records = List.of(newAccess(0, 2), broken, newAccess(1, 1));

		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", "1", records);

		assertThat(plan.files()).singleElement().satisfies(file -> assertThat(file.bureauRecords()).isEqualTo(3));
		assertThat(plan.setAside()).singleElement().satisfies(aside -> {
			assertThat(aside.record()).isSameAs(broken);
			assertThat(aside.reason().text()).endsWith(
					"refuses this filing's data: website w2: Ip_xx/Qsip: value breaks minInclusive 1 (cvc-minInclusive-valid)");
		});
	}

	@Test
	void whenEveryFilingBreaksTheSchemaNoFileIsMade() {
		List<UploadRecord> records = List.of(withOfficePhone(0, "1-2-3"), withOfficePhone(1, "12345"));
		UploadPlan plan = splitter(UploadLimits.BUREAU).split("33", "1", records);
		assertThat(plan.files()).isEmpty();
		assertThat(plan.setAside()).hasSize(2).allSatisfy(aside -> assertThat(aside.reason().code()).isEqualTo("UPLOAD_SCHEMA"));
	}

	@Test
	void filesArePackedUnderUniqueLetterAndDigitNames() {
		PayloadCodec codec = PayloadCodec.aes(BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd"));
		List<UploadRecord> records = IntStream.range(0, 5).mapToObj(i -> small(FilingType.FIRST_FILING, i)).toList();
		UploadPlan plan = new UploadFileSplitter(writer, codec, new UploadLimits(2, 50_000_000), CLOCK).split("33", "1",
				records);
		assertThat(plan.files()).extracting(UploadFile::fileName)
			.containsExactly("33202611271504050120001", "33202611271504050120002", "33202611271504050120003");
		for (UploadFile file : plan.files()) {
			PayloadCodec.UnpackedFile unpacked = codec.unpack(file.payload());
			assertThat(unpacked.name()).isEqualTo(file.fileName());
			assertThat(unpacked.content()).isEqualTo(writer.write("1", file.records()));
		}
	}

	@Test
	void fileNamesAreLettersAndDigitsOfAtMost128Bytes() {
		assertThat(FileNames.forUpload("44", LocalDateTime.of(2026, 2, 14, 9, 0, 1, 5_000_000), 12))
			.isEqualTo("44202602140900010050012");
		assertThat(FileNames.isValid("a".repeat(128))).isTrue();
		assertThat(FileNames.isValid("a".repeat(129))).isFalse();
		assertThat(FileNames.isValid("beianinfo.xml")).isFalse();
		assertThat(FileNames.isValid("文件1")).isFalse();
		assertThatThrownBy(() -> FileNames.forUpload("330000", LocalDateTime.now(), 1))
			.hasMessageContaining("two digits");
	}

	private UploadFileSplitter splitter(UploadLimits limits) {
		return new UploadFileSplitter(writer, PayloadCodec.plaintext(), limits, CLOCK);
	}

	private static UploadRecord small(FilingType type, int i) {
		return record(filing("F-" + i, type, entity("公司" + i), List.of(website("w1", "站点" + i, "site" + i + ".cn")),
				List.of()), i + 1);
	}

	private UploadRecord withPhoto(int i, int photoBytes) {
		return record(filing("F-" + i, FilingType.FIRST_FILING, entity("公司" + i), List.of(website("w1", "站点", "a.cn")),
				List.of(SampleFilings.attachment(AttachmentPurpose.SITE_PHOTO, AttachmentOwner.WEBSITE, "w1",
						SampleFilings.jpegLike(random, photoBytes)))), i + 1);
	}

	private static UploadRecord withOfficePhone(int i, String officePhone) {
		FilingDocument.Website w = website("w1", "站点" + i, "site" + i + ".cn");
		FilingDocument.Person p = w.responsiblePerson();
		FilingDocument.Website site = new FilingDocument.Website("w1", w.name(), w.domains(), w.homeUrl(),
				w.serviceContent(), w.languages(), null, w.access(),
				new FilingDocument.Person(p.name(), p.certificate(), officePhone, p.mobile(), p.email()), null, null, null);
		return record(filing("F-" + i, FilingType.FIRST_FILING, entity("公司" + i), List.of(site), List.of()), i + 1);
	}

	private static UploadRecord newAccess(int i, int websites) {
		List<FilingDocument.Website> sites = new ArrayList<>();
		Stream.iterate(0, n -> n + 1).limit(websites).forEach(n -> sites.add(website("w" + n, "站点" + n, n + ".cn")));
		return record(filing("NA-" + i, FilingType.NEW_ACCESS, entity("公司"), sites, List.of()), i + 1);
	}

	/** The document inside a plaintext file's payload. */
	private static byte[] document(UploadFile file) {
		return PayloadCodec.plaintext().unpack(file.payload()).content();
	}

}
