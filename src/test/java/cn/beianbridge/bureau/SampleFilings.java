package cn.beianbridge.bureau;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import cn.beianbridge.bureau.UploadRecord.WebsiteIds;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Access;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentFormat;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.Certificate;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.EmergencyContact;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.EntityNature;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.FilingDocument.PhotoVerification;
import cn.beianbridge.filing.FilingDocument.PhotoVerificationMethod;
import cn.beianbridge.filing.FilingDocument.PreApproval;
import cn.beianbridge.filing.FilingDocument.Region;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;

/** Test data: realistic filings and their upload records. Ids are derived from a seed so each is distinct. */
final class SampleFilings {

	static final String PASSWORD_MD5 = "e10adc3949ba59abbe56e057f20f883e";

	private SampleFilings() {
	}

	static Person person(String name) {
		return new Person(name, new Certificate(CertificateType.RESIDENT_ID, "11010519491231002X", null), "0571-86666618",
				"13812345678", "owner@example.cn");
	}

	static Entity entity(String name) {
		return new Entity(name, EntityNature.ENTERPRISE, "杭州投资有限公司", new Region("330000", "330100", "330108"),
				"浙江省杭州市滨江区网商路599号", new Certificate(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE, "91330100716105852F",
						"浙江省杭州市滨江区网商路599号"),
				person("张小川"), "浙ICP备2026012345号", 880001L);
	}

	static Website website(String id, String name, String... domains) {
		return new Website(id, name, List.of(domains), "www." + domains[0], "SINGLE_ENTITY_PORTAL", List.of("ZH_CN", "EN"),
				null, new Access("CLOUD", "330100", List.of(new IpRange("1.2.3.4", "1.2.3.10"))), person("宋佳磊"), null,
				"浙ICP备2026012345号-1", 990001L);
	}

	static Attachment attachment(AttachmentPurpose purpose, AttachmentOwner owner, String websiteId, byte[] content) {
		return new Attachment(purpose, AttachmentFormat.JPG, owner, websiteId, Base64.getEncoder().encodeToString(content),
				"0".repeat(64));
	}

	static FilingDocument filing(String id, FilingType type, Entity entity, List<Website> websites,
			List<Attachment> attachments) {
		return new FilingDocument(id, type, "33", OffsetDateTime.parse("2026-11-27T15:04:05+08:00"),
				new PhotoVerification(PhotoVerificationMethod.BACKDROP_PHOTO, null),
				type == FilingType.FIRST_FILING ? null : PASSWORD_MD5, entity, new EmergencyContact("李四", "13912345678"),
				websites, attachments);
	}

	static FilingDocument firstFiling(String id) {
		return filing(id, FilingType.FIRST_FILING, entity("浙江堃喆科技有限公司"),
				List.of(website("w1", "堃喆官网", "kunzhe.cn", "kunzhe.com.cn")),
				List.of(attachment(AttachmentPurpose.VERIFICATION_FORM, AttachmentOwner.WEBSITE, "w1", new byte[] { 1, 2, 3 }),
						attachment(AttachmentPurpose.ENTITY_CERTIFICATE, AttachmentOwner.ENTITY, null, new byte[] { 4, 5 })));
	}

	/** Our ids: entity seed*100, websites seed*100+10*i, parts below that. */
	static UploadRecord record(FilingDocument filing, long seed) {
		List<WebsiteIds> ids = new ArrayList<>();
		for (int i = 0; i < filing.websites().size(); i++) {
			Website website = filing.websites().get(i);
			long base = seed * 100 + 10 * (i + 1);
			ids.add(new WebsiteIds(base, base + 1,
					LongStream.range(0, website.domains().size()).map(d -> base + 2 + d).boxed().toList(),
					LongStream.range(0, website.access().ipRanges().size()).map(r -> base + 6 + r).boxed().toList()));
		}
		return new UploadRecord(filing, seed * 100, ids);
	}

	static UploadRecord record(FilingDocument filing) {
		return record(filing, Math.abs(filing.consoleFilingId().hashCode() % 100000));
	}

	/** Bytes that compress like a JPEG does (hardly at all), reproducibly. */
	static byte[] jpegLike(Random random, int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		return bytes;
	}

}
