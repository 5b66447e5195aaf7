package cn.beianbridge.bureau;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.UploadPlan.SetAside;
import cn.beianbridge.bureau.UploadPlan.UploadFile;
import cn.beianbridge.bureau.internal.AesCbc;
import cn.beianbridge.bureau.internal.Digests;
import cn.beianbridge.bureau.internal.SingleEntryZip;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentFormat;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingType;

import static cn.beianbridge.bureau.SampleFilings.entity;
import static cn.beianbridge.bureau.SampleFilings.filing;
import static cn.beianbridge.bureau.SampleFilings.record;
import static cn.beianbridge.bureau.SampleFilings.website;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files made as a stream (records written into the zip, hash, AES and Base64 as they go, attachment bytes fetched per
 * record) are the very files the whole-byte-array path made, and keep its guarantees.
 */
class StreamedPackingTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T07:04:05.012Z"), ZoneId.of("Asia/Shanghai"));

	private static final BureauKey KEY = BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd");

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	private final Random random = new Random(42);

	/** Scans by SHA-256, as the database keeps them; what the source hands out, and how often it was asked. */
	private final Map<String, byte[]> stored = new HashMap<>();

	private final List<Collection<String>> asked = new ArrayList<>();

	private final AttachmentSource source = sha256s -> {
		asked.add(List.copyOf(sha256s));
		Map<String, byte[]> found = new HashMap<>();
		sha256s.stream().filter(stored::containsKey).forEach(sha -> found.put(sha, stored.get(sha)));
		return found;
	};

	@Test
	void theStreamedPayloadIsTheOneZippingHashingEncryptingAndEncodingTheWholeDocumentMakes() throws Exception {
		List<UploadRecord> records = IntStream.range(0, 4).mapToObj(i -> withScans(i, false)).toList();
		byte[] document = writer.write("1", records);
		for (PayloadCodec codec : List.of(PayloadCodec.plaintext().withClock(CLOCK), PayloadCodec.aes(KEY).withClock(CLOCK))) {
			PackedPayload streamed = codec.pack("33202611271504050120001", 0, out -> writer.write("1", records, out));

			byte[] zip = SingleEntryZip.zip("33202611271504050120001", LocalDateTime.now(CLOCK), document);
			byte[] sent = codec.encryptAlgorithm() == PackedPayload.AES_CBC ? AesCbc.encrypt(KEY.key(), KEY.iv(), zip) : zip;
			assertThat(streamed.beianInfo()).isEqualTo(Base64.getEncoder().encodeToString(sent));
			assertThat(streamed.beianInfoHash()).isEqualTo(Digests.md5Base64(zip));
			assertThat(streamed.zipBytes()).isEqualTo(zip.length);
			assertThat(codec.unpack(streamed).content()).isEqualTo(document);
			assertThat(codec.document(streamed).readAllBytes()).isEqualTo(document);
		}
	}

	@Test
	void attachmentsFetchedPerRecordMakeTheSameFileAsAttachmentsCarriedInTheDocument() {
		List<UploadRecord> carried = IntStream.range(0, 5).mapToObj(i -> withScans(i, false)).toList();
		List<UploadRecord> fetched = IntStream.range(0, 5).mapToObj(i -> withScans(i, true)).toList();
		// one clock for both: the zip entry's time is in the bytes
		PayloadCodec codec = PayloadCodec.aes(KEY).withClock(CLOCK);

		UploadPlan fromDocuments = new UploadFileSplitter(writer, codec, UploadLimits.BUREAU, CLOCK).split("33", "1", carried);
		UploadFileSplitter.Planned planned = new UploadFileSplitter(writer, codec, UploadLimits.BUREAU, CLOCK).plan("33", "1",
				fetched, source);
		UploadFileSplitter.Built built = planned.next();

		assertThat(planned.hasNext()).isFalse();
		assertThat(built.setAside()).isEmpty();
		assertThat(built.file().payload()).isEqualTo(fromDocuments.files().get(0).payload());
		// once per record to measure it, once more as its file is written: never the whole page's scans at once
		assertThat(asked).hasSize(10).allSatisfy(one -> assertThat(one).hasSizeLessThanOrEqualTo(3));
	}

	@Test
	void prefetchedAttachmentsAskTheSourceOncePerWindowAndMakeTheSameFile() {
		List<UploadRecord> carried = IntStream.range(0, 12).mapToObj(i -> withScans(i, false)).toList();
		List<UploadRecord> fetched = IntStream.range(0, 12).mapToObj(i -> withScans(i, true)).toList();
		PayloadCodec codec = PayloadCodec.plaintext().withClock(CLOCK);

		UploadPlan fromDocuments = new UploadFileSplitter(writer, codec, UploadLimits.BUREAU, CLOCK).split("33", "1", carried);
		// 36 scans, 10 at a time: measured in 4 asks, written in 4 more, never more than 10 scans held
		UploadFileSplitter.Planned planned = new UploadFileSplitter(writer, codec, UploadLimits.BUREAU, CLOCK).plan("33", "1",
				fetched, new PrefetchedAttachments(source, fetched, 10));
		UploadFileSplitter.Built built = planned.next();

		assertThat(built.file().payload()).isEqualTo(fromDocuments.files().get(0).payload());
		assertThat(asked).hasSize(8).allSatisfy(one -> assertThat(one).hasSizeLessThanOrEqualTo(10));
		assertThat(asked.stream().mapToInt(Collection::size).sum()).as("each scan fetched once per pass").isEqualTo(72);
	}

	@Test
	void aRecordWhoseScanIsNotStoredIsSetAsideNamingItAndTheFileGoesWithTheRest() {
		List<UploadRecord> records = new ArrayList<>(IntStream.range(0, 3).mapToObj(i -> withScans(i, true)).toList());
		Attachment lost = new Attachment(AttachmentPurpose.SITE_PHOTO, AttachmentFormat.JPG, AttachmentOwner.WEBSITE, "w1",
				null, "f".repeat(64));
		UploadRecord missing = record(filing("F-lost", FilingType.FIRST_FILING, entity("公司"),
				List.of(website("w1", "站点", "lost.cn")), List.of(lost)), 77);
		records.add(1, missing);

		UploadPlan plan = plan(PayloadCodec.plaintext(), UploadLimits.BUREAU, records);

		assertThat(plan.files()).singleElement().satisfies(file -> assertThat(file.records()).hasSize(3));
		assertThat(plan.setAside()).singleElement().satisfies(aside -> {
			assertThat(aside.record()).isSameAs(missing);
			assertThat(aside.reason().code()).isEqualTo("UPLOAD_UNWRITABLE");
			assertThat(aside.reason().text()).contains("F-lost").contains("Fjnr").contains("f".repeat(64));
		});
	}

	@Test
	void withIncompressibleScansNoFileExceedsTheLimitAndEveryFilingIsInOneFileInOrder() {
		List<UploadRecord> records = IntStream.range(0, 40).mapToObj(i -> withScans(i, true)).toList();
		UploadLimits limits = new UploadLimits(1000, 1_500_000);
		PayloadCodec codec = PayloadCodec.aes(KEY);

		UploadPlan plan = plan(codec, limits, records);

		assertThat(plan.setAside()).isEmpty();
		assertThat(plan.files()).hasSizeGreaterThan(3).allSatisfy(file -> {
			assertThat(file.payload().zipBytes()).isLessThanOrEqualTo(limits.maxBytes());
			assertThat(codec.unpack(file.payload()).content()).isEqualTo(writer.write("1", carried(file.records())));
		});
		assertThat(plan.files().stream().flatMap(file -> file.records().stream()).toList()).isEqualTo(records);
	}

	@Test
	void aRecordBreakingTheSchemaIsFoundInTheEncryptedPayloadAndSetAsideWithItsRule() {
		List<UploadRecord> records = new ArrayList<>(IntStream.range(0, 3).mapToObj(i -> withScans(i, true)).toList());
		FilingDocument.Website w = website("w1", "站点", "bad.cn");
		FilingDocument.Person p = w.responsiblePerson();
		FilingDocument.Website badPhone = new FilingDocument.Website("w1", w.name(), w.domains(), w.homeUrl(),
				w.serviceContent(), w.languages(), null, w.access(),
				new FilingDocument.Person(p.name(), p.certificate(), "8666-1234", p.mobile(), p.email()), null, null, null);
		UploadRecord broken = record(filing("F-bad", FilingType.FIRST_FILING, entity("公司"), List.of(badPhone),
				List.of()), 88);
		records.add(2, broken);
		PayloadCodec codec = PayloadCodec.aes(KEY);

		UploadPlan plan = plan(codec, UploadLimits.BUREAU, records);

		assertThat(plan.setAside()).extracting(SetAside::record).containsExactly(broken);
		assertThat(plan.setAside().get(0).reason().text()).contains("Wz_Fzr/Fzr_dhhm").doesNotContain("8666-1234");
		assertThat(plan.files()).singleElement().satisfies(file -> {
			assertThat(file.records()).doesNotContain(broken).hasSize(3);
			assertThat(BureauSchema.UPLOAD_DATA.check(codec.unpack(file.payload()).content())).isEmpty();
		});
	}

	/** Every file of a plan, made one at a time as the submit job makes them. */
	private UploadPlan plan(PayloadCodec codec, UploadLimits limits, List<UploadRecord> records) {
		UploadFileSplitter.Planned planned = new UploadFileSplitter(writer, codec, limits, CLOCK).plan("33", "1", records,
				source);
		List<UploadFile> files = new ArrayList<>();
		List<SetAside> setAside = new ArrayList<>(planned.setAside());
		while (planned.hasNext()) {
			UploadFileSplitter.Built built = planned.next();
			setAside.addAll(built.setAside());
			if (built.file() != null) {
				files.add(built.file());
			}
		}
		return new UploadPlan(files, setAside);
	}

	/**
	 * A first filing with three incompressible scans of 30–150 KB; fetched: its document carries only their SHA-256
	 * and the source has the bytes.
	 */
	private UploadRecord withScans(int i, boolean fetched) {
		Random scans = new Random(1000 + i);
		List<Attachment> attachments = new ArrayList<>();
		AttachmentPurpose[] purposes = { AttachmentPurpose.ENTITY_PERSON_ID, AttachmentPurpose.VERIFICATION_FORM,
				AttachmentPurpose.SITE_PHOTO };
		for (int n = 0; n < 3; n++) {
			byte[] bytes = SampleFilings.jpegLike(scans, 30_000 + scans.nextInt(120_001));
			String sha256 = "%060d%04d".formatted(i, n);
			stored.put(sha256, bytes);
			AttachmentOwner owner = n == 0 ? AttachmentOwner.ENTITY : AttachmentOwner.WEBSITE;
			attachments.add(new Attachment(purposes[n], AttachmentFormat.JPG, owner, n == 0 ? null : "w1",
					fetched ? null : Base64.getEncoder().encodeToString(bytes), sha256));
		}
		return record(filing("F-" + i, FilingType.FIRST_FILING, entity("公司" + i),
				List.of(website("w1", "站点" + i, "site" + i + ".cn")), attachments), i + 1);
	}

	/** The same records with their scans' bytes carried in the documents. */
	private List<UploadRecord> carried(List<UploadItem> records) {
		return records.stream().map(item -> {
			UploadRecord record = (UploadRecord) item;
			FilingDocument f = record.filing();
			List<Attachment> attachments = f.attachments().stream()
				.map(a -> new Attachment(a.purpose(), a.format(), a.owner(), a.consoleWebsiteId(),
						Base64.getEncoder().encodeToString(stored.get(a.sha256())), a.sha256()))
				.toList();
			return new UploadRecord(new FilingDocument(f.consoleFilingId(), f.filingType(), f.province(),
					f.photoApprovedAt(), f.photoVerification(), f.filingPasswordMd5(), f.entity(), f.emergencyContact(),
					f.websites(), attachments, f.cancellation()), record.ispZtid(), record.websiteIds());
		}).toList();
	}

}
