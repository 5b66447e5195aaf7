package cn.beianbridge.filing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

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
import cn.beianbridge.filing.FilingDocument.Region;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.province.ConfiguredProvinces;

/**
 * Filings for tests: by default a company's first filing of one website that passes every rule of its province,
 * verified in person the province's way.
 */
public final class FilingBuilder {

	private static final String CERTIFICATE_ADDRESS = "杭州市西湖区文三路1号";

	private String province = "33";

	private EntityNature nature = EntityNature.ENTERPRISE;

	private OffsetDateTime photoApprovedAt = OffsetDateTime.parse("2026-11-27T15:04:05+08:00");

	private PhotoVerification photoVerification;

	private String applicantId = residentIdBornOn(LocalDate.of(1980, 1, 1));

	private String address = "杭州市西湖区文三路1号";

	private String emergencyMobile = "13800000003";

	private final List<WebsiteDraft> websites = new ArrayList<>(List.of(new WebsiteDraft("w1", "示例科技", List.of("example.cn"))));

	private final List<Attachment> attachments = new ArrayList<>();

	private FilingBuilder() {
		attachment(AttachmentPurpose.VERIFICATION_FORM, 20 * 1024);
	}

	public static FilingBuilder aFiling() {
		return new FilingBuilder();
	}

	public FilingBuilder inProvince(String code) {
		this.province = code;
		return this;
	}

	/** A personal filing: the entity is the applicant, named and identified as such. */
	public FilingBuilder personal() {
		return by(EntityNature.INDIVIDUAL);
	}

	public FilingBuilder by(EntityNature nature) {
		this.nature = nature;
		return this;
	}

	public FilingBuilder photoApprovedAt(String isoDateTime) {
		this.photoApprovedAt = OffsetDateTime.parse(isoDateTime);
		return this;
	}

	public FilingBuilder photoVerification(PhotoVerificationMethod method, String collectionCode) {
		this.photoVerification = new PhotoVerification(method, collectionCode);
		return this;
	}

	/** Every responsible person (and a personal entity itself) has this birth date. */
	public FilingBuilder applicantBornOn(String isoDate) {
		this.applicantId = residentIdBornOn(LocalDate.parse(isoDate));
		return this;
	}

	public FilingBuilder entityAddress(String address) {
		this.address = address;
		return this;
	}

	public FilingBuilder emergencyMobile(String mobile) {
		this.emergencyMobile = mobile;
		return this;
	}

	/** Renames the first website. */
	public FilingBuilder websiteName(String name) {
		websites.get(0).name = name;
		return this;
	}

	/** Replaces the first website's domains. */
	public FilingBuilder domains(String... domains) {
		websites.get(0).domains = List.of(domains);
		return this;
	}

	/** Adds a website with its own domain. */
	public FilingBuilder anotherWebsite(String name, String domain) {
		websites.add(new WebsiteDraft("w" + (websites.size() + 1), name, List.of(domain)));
		return this;
	}

	/** Replaces the first website's IP ranges; pairs of start and end. */
	public FilingBuilder ipRanges(String... startEnd) {
		List<IpRange> ranges = new ArrayList<>();
		for (int i = 0; i < startEnd.length; i += 2) {
			ranges.add(new IpRange(startEnd[i], startEnd[i + 1]));
		}
		websites.get(0).ipRanges = ranges;
		return this;
	}

	public FilingBuilder websiteRemarks(String remarks) {
		websites.get(0).remarks = remarks;
		return this;
	}

	/** A domain certificate for every website. */
	public FilingBuilder withDomainCertificates() {
		websites.forEach(website -> attachments.add(attachmentOf(AttachmentPurpose.DOMAIN_CERTIFICATE,
				AttachmentOwner.WEBSITE, website.id, 10 * 1024)));
		return this;
	}

	public FilingBuilder attachment(AttachmentPurpose purpose, int bytes) {
		attachments.add(attachmentOf(purpose, AttachmentOwner.ENTITY, null, bytes));
		return this;
	}

	public FilingDocument build() {
		Person applicant = new Person("张三", new Certificate(CertificateType.RESIDENT_ID, applicantId, null), null,
				"13800000001", "zhangsan@example.cn");
		// the bureau wants the address on the entity's certificate (Zjzs), which the contract leaves optional
		Certificate entityCertificate = nature == EntityNature.INDIVIDUAL
				? new Certificate(CertificateType.RESIDENT_ID, applicantId, CERTIFICATE_ADDRESS)
				: new Certificate(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE, "91330100716105852F", CERTIFICATE_ADDRESS);
		String entityName = nature == EntityNature.INDIVIDUAL ? applicant.name() : "杭州示例科技有限公司";
		Entity entity = new Entity(entityName, nature, null, new Region(province + "0000", province + "0100", province + "0106"),
				address, entityCertificate, applicant, null, null);
		Person websitePerson = new Person(applicant.name(), applicant.certificate(), null, "13800000002",
				"webmaster@example.cn");
		List<Website> built = websites.stream()
			.map(draft -> new Website(draft.id, draft.name, draft.domains, "http://www." + draft.domains.get(0),
					"OTHER", List.of("ZH_CN"), null, new Access("CLOUD", province + "0100", draft.ipRanges),
					websitePerson, draft.remarks, null, null))
			.toList();
		return new FilingDocument("F-1", FilingType.FIRST_FILING, province, photoApprovedAt, photoVerificationFor(), null,
				entity, new EmergencyContact("王五", emergencyMobile), built, attachments);
	}

	private PhotoVerification photoVerificationFor() {
		if (photoVerification != null) {
			return photoVerification;
		}
		PhotoVerificationMethod method = PhotoVerificationMethod
			.valueOf(ConfiguredProvinces.catalogue().get(province).photoVerification());
		return new PhotoVerification(method, method == PhotoVerificationMethod.APP_COLLECTION_CODE ? "SH20261127001" : null);
	}

	/** A resident ID with a valid check character (GB 11643), for a person born on that date. */
	public static String residentIdBornOn(LocalDate birthDate) {
		String body = "110105" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "002";
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private static Attachment attachmentOf(AttachmentPurpose purpose, AttachmentOwner owner, String websiteId, int bytes) {
		byte[] content = new byte[bytes];
		return new Attachment(purpose, AttachmentFormat.JPG, owner, websiteId, Base64.getEncoder().encodeToString(content),
				sha256(content));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class WebsiteDraft {

		private final String id;

		private String name;

		private List<String> domains;

		private List<IpRange> ipRanges = List.of(new IpRange("203.0.113.10", "203.0.113.10"));

		private String remarks;

		private WebsiteDraft(String id, String name, List<String> domains) {
			this.id = id;
			this.name = name;
			this.domains = domains;
		}

	}

}
