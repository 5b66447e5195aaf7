package cn.beianbridge.simulator.bureau;

import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.FileNames;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.bureau.UploadRecord.WebsiteIds;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.support.FilingJson;

/**
 * Real upload files for the simulator, written by the bridge's own {@link UploadDocumentWriter} and packed by
 * {@link PayloadCodec}: first filings, new websites and new accesses, each with fresh ids.
 */
final class UploadFiles {

	static final String PASSWORD_MD5 = "e10adc3949ba59abbe56e057f20f883e";

	/** A provider id of the schema's type (a positive long). */
	static final String QQDWID = "330000000001";

	private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

	private final UploadDocumentWriter writer;

	private final String province;

	UploadFiles(CodeTables codes, String province) {
		this.writer = new UploadDocumentWriter(codes);
		this.province = province;
	}

	static long nextId() {
		return IDS.addAndGet(100);
	}

	/** A first filing of one website with these domains; returns the record so tests know its ids. */
	UploadRecord firstFiling(String websiteName, String... domains) {
		FilingDocument filing = FilingJson.aFirstFiling().inProvince(province).websiteName(websiteName).domains(domains)
			.document();
		return record(filing, nextId());
	}

	/** A new website for an entity the bureau filed as {@code ztid} / {@code ztbah}. */
	UploadRecord newWebsite(long ztid, String ztbah, String websiteName, String domain) {
		FilingDocument base = FilingJson.aFirstFiling().inProvince(province).websiteName(websiteName).domains(domain)
			.document();
		Entity entity = base.entity();
		Entity filedEntity = new Entity(entity.name(), entity.nature(), entity.investor(), entity.region(),
				entity.address(), entity.certificate(), entity.responsiblePerson(), ztbah, ztid);
		return record(new FilingDocument("F-" + nextId(), FilingType.NEW_WEBSITE, province, base.photoApprovedAt(),
				base.photoVerification(), PASSWORD_MD5, filedEntity, base.emergencyContact(), base.websites(),
				base.attachments()), nextId());
	}

	/** A new access for the website the bureau filed as {@code wzid} / {@code wzbah}. */
	UploadRecord newAccess(long wzid, String wzbah) {
		FilingDocument base = FilingJson.aFirstFiling().inProvince(province).domains("access-" + nextId() + ".cn")
			.document();
		Website website = base.websites().get(0);
		Website filedWebsite = new Website(website.consoleWebsiteId(), website.name(), website.domains(),
				website.homeUrl(), website.serviceContent(), website.languages(), website.preApproval(), website.access(),
				website.responsiblePerson(), website.remarks(), wzbah, wzid);
		return record(new FilingDocument("F-" + nextId(), FilingType.NEW_ACCESS, province, base.photoApprovedAt(),
				base.photoVerification(), PASSWORD_MD5, base.entity(), base.emergencyContact(), List.of(filedWebsite),
				List.of()), nextId());
	}

	byte[] document(UploadRecord... records) {
		return writer.write(QQDWID, List.of(records));
	}

	static PackedPayload pack(PayloadCodec codec, String fileName, byte[] document) {
		return codec.pack(fileName, document);
	}

	static String fileName(String province) {
		return FileNames.requireValid(province + "T" + nextId());
	}

	static byte[] gbk(String xml) {
		return xml.getBytes(Charset.forName("GBK"));
	}

	static UploadRecord record(FilingDocument filing, long ispZtid) {
		List<WebsiteIds> ids = filing.websites().stream().map(website -> {
			long base = nextId();
			return new WebsiteIds(base, base + 1, LongStream.range(0, website.domains().size()).map(d -> base + 2 + d)
				.boxed().toList(), LongStream.range(0, website.access().ipRanges().size()).map(r -> base + 50 + r)
				.boxed().toList());
		}).toList();
		return new UploadRecord(filing, ispZtid, ids);
	}

}
