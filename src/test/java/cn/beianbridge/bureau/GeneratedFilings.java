package cn.beianbridge.bureau;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import cn.beianbridge.bureau.CancelRecord.Kind;
import cn.beianbridge.bureau.ChangeRecord.ChangedWebsiteIds;
import cn.beianbridge.bureau.ChangeRecord.DomainIds;
import cn.beianbridge.bureau.ChangeRecord.OwnerReference;
import cn.beianbridge.bureau.ChangeRecord.RangeIds;
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

/**
 * Filings of every shape the console's contract allows, drawn from a seed: one to four websites, several domains
 * and IP ranges, pre-approval with its scans or none, attachments of entity and websites in every purpose and
 * format, companies and persons, optional values present or absent, every name of every code table, every
 * province's server location. Each value stays within what the contract allows.
 */
final class GeneratedFilings {

	static final List<String> SERVICE_CONTENTS = List.of("COMPREHENSIVE_PORTAL", "SEARCH_ENGINE", "SINGLE_ENTITY_PORTAL",
			"PERSONAL_SPACE", "BLOG", "ONLINE_SHOP", "OTHER");

	static final List<String> LANGUAGES = List.of("ZH_CN", "ZH_TW", "EN", "JA", "KO", "FR", "DE", "RU", "ES", "AR", "MN",
			"BO", "UG", "OTHER");

	static final List<String> ACCESS_METHODS = List.of("DEDICATED", "VIRTUAL_HOST", "COLOCATION", "CLOUD", "OTHER");

	static final List<String> PRE_APPROVAL_TYPES = List.of("NEWS", "PUBLISHING", "EDUCATION", "MEDICAL",
			"DRUGS_AND_DEVICES", "CULTURE", "RADIO_FILM_TV", "OTHER");

	static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
			"35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");

	/** Characters GBK holds and GB2312 does not. */
	static final String GBK_ONLY = "堃喆镕頫碁祎曌犇〇﹏丟瞭";

	static final String PASSWORD_MD5 = "e10adc3949ba59abbe56e057f20f883e";

	private final Random random;

	private long nextId = 1;

	GeneratedFilings(long seed) {
		this.random = new Random(seed);
	}

	/** Between one and {@code most} records of this type, each with fresh ids. */
	List<UploadRecord> records(FilingType type, int most) {
		List<UploadRecord> records = new ArrayList<>();
		int count = 1 + random.nextInt(most);
		for (int i = 0; i < count; i++) {
			records.add(record(filing(type, "G-" + nextId)));
		}
		return records;
	}

	FilingDocument filing(FilingType type, String id) {
		String province = pick(PROVINCES);
		boolean personal = random.nextInt(3) == 0;
		Entity entity = entity(type, province, personal);
		List<Website> websites = new ArrayList<>();
		int websiteCount = 1 + random.nextInt(4);
		for (int i = 0; i < websiteCount; i++) {
			websites.add(website(type, "w" + (i + 1), province, i));
		}
		List<Attachment> attachments = new ArrayList<>();
		int count = random.nextInt(6);
		for (int i = 0; i < count; i++) {
			boolean ofEntity = random.nextBoolean();
			AttachmentPurpose purpose = pick(List.of(AttachmentPurpose.values()));
			// a website's approval scans are JPG (Spwj); other attachments come in any format
			AttachmentFormat format = purpose == AttachmentPurpose.PRE_APPROVAL_DOCUMENT ? AttachmentFormat.JPG
					: pick(List.of(AttachmentFormat.values()));
			attachments.add(attachment(purpose, format, ofEntity ? null : pick(websites).consoleWebsiteId()));
		}
		for (Website website : websites) {
			if (website.preApproval() != null) {
				int scans = 1 + random.nextInt(3);
				for (int i = 0; i < scans; i++) {
					attachments.add(attachment(AttachmentPurpose.PRE_APPROVAL_DOCUMENT, AttachmentFormat.JPG,
							website.consoleWebsiteId()));
				}
			}
		}
		boolean password = type != FilingType.FIRST_FILING && (type != FilingType.CHANGE || random.nextBoolean());
		return new FilingDocument(id, type, province, OffsetDateTime.parse("2026-11-27T15:04:05+08:00"),
				new PhotoVerification(PhotoVerificationMethod.BACKDROP_PHOTO, null),
				password ? PASSWORD_MD5 : null, entity,
				new EmergencyContact("李四", "13912345678"), websites, attachments);
	}

	private Entity entity(FilingType type, String province, boolean personal) {
		Person person = person(personal ? "王小明" : "张小川");
		EntityNature nature = personal ? EntityNature.INDIVIDUAL
				: pick(List.of(EntityNature.values()).stream().filter(n -> n != EntityNature.INDIVIDUAL).toList());
		Certificate certificate = personal
				? new Certificate(CertificateType.RESIDENT_ID, person.certificate().number(), "浙江省杭州市西湖区文三路" + random.nextInt(900) + "号")
				: new Certificate(pick(List.of(CertificateType.values())), "91330100716105852F", "杭州市滨江区网商路599号");
		String icpNumber = null;
		Long bureauId = null;
		if (type == FilingType.NEW_WEBSITE || type == FilingType.NEW_ACCESS) {
			int which = random.nextInt(3); // both, only the number, only the bureau's id
			icpNumber = which == 2 ? null : "浙ICP备2026012345号";
			bureauId = which == 1 ? null : 330000000L + random.nextInt(1000);
		}
		else if (type == FilingType.CHANGE) { // a change names the filed entity both ways
			icpNumber = "浙ICP备2026012345号";
			bureauId = 330000000L + random.nextInt(1000);
		}
		return new Entity(personal ? person.name() : "杭州堃喆科技有限公司" + random.nextInt(1000), nature,
				personal || random.nextBoolean() ? null : "杭州投资有限公司",
				new Region(province + "0000", province + "0100", province + "0106"), "浙江省杭州市滨江区网商路" + random.nextInt(900) + "号",
				certificate, person, icpNumber, bureauId);
	}

	private Website website(FilingType type, String id, String province, int index) {
		List<String> domains = new ArrayList<>();
		int domainCount = 1 + random.nextInt(4);
		for (int i = 0; i < domainCount; i++) {
			domains.add("site" + nextId + "-" + index + "-" + i + pick(List.of(".cn", ".com", ".com.cn", ".net")));
		}
		List<String> languages = new ArrayList<>(List.of(pick(LANGUAGES)));
		if (random.nextBoolean()) {
			LANGUAGES.stream().filter(language -> !languages.contains(language)).skip(random.nextInt(10)).findFirst()
				.ifPresent(languages::add);
		}
		List<IpRange> ranges = new ArrayList<>();
		int rangeCount = 1 + random.nextInt(3);
		for (int i = 0; i < rangeCount; i++) {
			int a = 1 + random.nextInt(223);
			ranges.add(new IpRange(a + ".0." + i + ".1", a + ".0." + i + ".254"));
		}
		// a server location anywhere: a city of any province, or a province itself
		String server = pick(PROVINCES) + (random.nextBoolean() ? "0000" : "0" + (1 + random.nextInt(9)) + "00");
		PreApproval preApproval = random.nextInt(4) == 0 ? new PreApproval(pick(PRE_APPROVAL_TYPES), "浙卫网审【2026】第00" + index + "号")
				: null;
		String icpNumber = null;
		Long bureauId = null;
		if (type == FilingType.NEW_ACCESS) {
			int which = random.nextInt(3);
			icpNumber = which == 2 ? null : "浙ICP备2026012345号-" + (index + 1);
			bureauId = which == 1 ? null : 990000L + index;
		}
		else if (type == FilingType.CHANGE) {
			icpNumber = "浙ICP备2026012345号-" + (index + 1);
			bureauId = 990000L + index;
		}
		String name = (type == FilingType.CHANGE && random.nextBoolean() ? GBK_ONLY : "堃喆官网") + index;
		return new Website(id, name, domains, "www." + domains.get(0), pick(SERVICE_CONTENTS), languages,
				preApproval, new Access(pick(ACCESS_METHODS), server, ranges), person("宋佳磊"),
				random.nextBoolean() ? null : "网站备注" + index, icpNumber, bureauId);
	}

	private Person person(String name) {
		boolean officePhone = random.nextBoolean();
		return new Person(name, new Certificate(CertificateType.RESIDENT_ID, "11010519491231002X", null),
				officePhone ? "0571-8666661" + random.nextInt(10) : null, "1381234567" + random.nextInt(10),
				"owner" + random.nextInt(100) + "@example.cn");
	}

	private Attachment attachment(AttachmentPurpose purpose, AttachmentFormat format, String websiteId) {
		byte[] content = new byte[16 + random.nextInt(64)];
		random.nextBytes(content);
		return new Attachment(purpose, format, websiteId == null ? AttachmentOwner.ENTITY : AttachmentOwner.WEBSITE,
				websiteId, Base64.getEncoder().encodeToString(content), "0".repeat(64));
	}

	/** Between one and {@code most} changes of every shape, each with fresh ids. */
	List<ChangeRecord> changes(int most) {
		List<ChangeRecord> changes = new ArrayList<>();
		int count = 1 + random.nextInt(most);
		for (int i = 0; i < count; i++) {
			changes.add(change(filing(FilingType.CHANGE, "B-" + nextId)));
		}
		return changes;
	}

	/**
	 * Our ids for every domain and range; the bureau's for most of them, none for the ones being added; the attachments'
	 * owners named either way.
	 */
	ChangeRecord change(FilingDocument filing) {
		long filingId = nextId++;
		List<ChangedWebsiteIds> ids = new ArrayList<>();
		for (Website website : filing.websites()) {
			List<DomainIds> domains = new ArrayList<>();
			website.domains().forEach(domain -> domains.add(new DomainIds(nextId++, addedOrFiled())));
			List<RangeIds> ranges = new ArrayList<>();
			website.access().ipRanges().forEach(range -> ranges.add(new RangeIds(nextId++, addedOrFiled())));
			ids.add(new ChangedWebsiteIds(770000L + nextId++, domains, ranges));
		}
		return new ChangeRecord(filingId, filing, ids, pick(List.of(OwnerReference.values())));
	}

	private Long addedOrFiled() {
		return random.nextInt(3) == 0 ? null : 5_000_000_000L + nextId++;
	}

	/** Between one and {@code most} cancellations of every kind, reason and remark the schema takes. */
	List<CancelRecord> cancels(int most) {
		List<CancelRecord> cancels = new ArrayList<>();
		int count = 1 + random.nextInt(most);
		for (int i = 0; i < count; i++) {
			Kind kind = pick(List.of(Kind.values()));
			long jlid = random.nextBoolean() ? 330000000L + random.nextInt(1000) : Long.MAX_VALUE - random.nextInt(10);
			int reason = pick(List.of(1, 999, 1 + random.nextInt(999)));
			String remark = switch (random.nextInt(5)) {
				case 0 -> null;
				case 1 -> "网站不再运营，申请注销";
				case 2 -> GBK_ONLY + " & <注销> \"原因\"";
				case 3 -> (GBK_ONLY + "注销原因说明").repeat(60).substring(0, 1000);
				default -> "客户申请" + "注".repeat(random.nextInt(900));
			};
			String password = kind == Kind.ENTITY || random.nextBoolean() ? PASSWORD_MD5 : null;
			cancels.add(new CancelRecord(nextId++, "Z-" + nextId, kind, jlid, reason, remark, password));
		}
		return cancels;
	}

	UploadRecord record(FilingDocument filing) {
		List<WebsiteIds> ids = new ArrayList<>();
		long ispZtid = nextId++;
		for (Website website : filing.websites()) {
			long wzid = nextId++;
			List<Long> domains = new ArrayList<>();
			website.domains().forEach(domain -> domains.add(nextId++));
			List<Long> ranges = new ArrayList<>();
			website.access().ipRanges().forEach(range -> ranges.add(nextId++));
			ids.add(new WebsiteIds(wzid, wzid, domains, ranges));
		}
		return new UploadRecord(filing, ispZtid, ids);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
