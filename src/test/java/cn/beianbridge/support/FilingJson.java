package cn.beianbridge.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.internal.FilingDocumentReader;
import cn.beianbridge.filing.internal.Violations;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.shared.ResidentIdNumber;
import cn.beianbridge.shared.UnifiedSocialCreditCode;

/**
 * Test data: a valid filing of each type as console JSON ({@link #build()}, {@link #bytes()}) or as the document
 * the bridge reads from it ({@link #document()}), with identity numbers made valid by their check characters. By
 * default a company's filing in Zhejiang of one website with one domain and one IP address. It passes every
 * province's rules but two: Jiangsu wants a domain certificate ({@link #withDomainCertificates()}), and Shanghai
 * verifies in its app, not by the backdrop photo of the default ({@link #verifiedTheProvincesWay()}; tests rely on
 * a Shanghai filing being held). Provinces and ICP abbreviations come from config/provinces.yml. Tests break the
 * built tree on purpose.
 */
public final class FilingJson {

	/**
	 * The filing password (hex MD5) the simulated bureaus give every entity they file themselves
	 * ({@code bridge.simulators.bureau.filing-password-md5}): a new website or access for such an entity needs it, or
	 * the bridge's password check holds it before sending.
	 */
	public static final String SIMULATED_BUREAU_PASSWORD_MD5 = "e10adc3949ba59abbe56e057f20f883e";


	public static final ObjectMapper MAPPER = new ObjectMapper();

	private static final FilingDocumentReader READER = new FilingDocumentReader();

	private static final String BACKDROP_PHOTO = "BACKDROP_PHOTO";

	private static final String APP_COLLECTION_CODE = "APP_COLLECTION_CODE";

	private final FilingType type;

	private String province = "33";

	private String nature = "ENTERPRISE";

	private LocalDate applicantBirthDate = LocalDate.of(1990, 3, 7);

	private String entityAddress = "西湖区文三路1号";

	private String emergencyMobile = "13900000003";

	private final List<WebsiteDraft> websites = new ArrayList<>(List.of(WebsiteDraft.numbered(0)));

	private final List<ObjectNode> attachments = new ArrayList<>();

	private boolean domainCertificates;

	/** {@code null}: the method the province's catalogue entry names. */
	private String photoVerificationMethod = BACKDROP_PHOTO;

	private String collectionCode;

	private String consoleFilingId;

	private String ownWebsiteName;

	/** An hour before the suite's now, so the filing is due, not yet late, whatever day the suite runs. */
	private String photoApprovedAt = TestClock.agoText(Duration.ofHours(1));

	private FilingJson(FilingType type) {
		this.type = type;
	}

	public static FilingJson aFirstFiling() {
		return new FilingJson(FilingType.FIRST_FILING);
	}

	public static FilingJson aNewWebsiteFiling() {
		return new FilingJson(FilingType.NEW_WEBSITE);
	}

	public static FilingJson aNewAccessFiling() {
		return new FilingJson(FilingType.NEW_ACCESS);
	}

	/**
	 * A change of a filed company and its website: the full new state with the entity's and each website's ICP
	 * numbers (no bureau ids: the bridge looks them up), the filing password and a new photo verification.
	 */
	public static FilingJson aChange() {
		return new FilingJson(FilingType.CHANGE);
	}

	/**
	 * A CANCEL in Zhejiang: of the entity 浙ICP备2026012345号 with its password, or of the website (or our access to it)
	 * 浙ICP备2026012345号-1; reason 1 of config/cancel-reasons.yml, with a remark.
	 */
	public static ObjectNode aCancellation(String kind) {
		ObjectNode filing = MAPPER.createObjectNode()
			.put("consoleFilingId", "F-ZXBA-" + kind)
			.put("filingType", FilingType.CANCEL.name())
			.put("province", "33");
		ObjectNode cancellation = filing.putObject("cancellation")
			.put("kind", kind)
			.put("icpNumber", "ENTITY".equals(kind) ? "浙ICP备2026012345号" : "浙ICP备2026012345号-1")
			.put("reasonCode", 1)
			.put("remark", "客户张三来电申请，网站已停止运营");
		if ("ENTITY".equals(kind)) {
			cancellation.put("filingPasswordMd5", "0cc175b9c0f1b6a831c399e269772661");
		}
		return filing;
	}

	public FilingJson inProvince(String code) {
		this.province = code;
		return this;
	}

	/** The entity's nature as the contract spells it, e.g. {@code GOVERNMENT}; a company by default. */
	public FilingJson by(String entityNature) {
		this.nature = entityNature;
		return this;
	}

	/** A personal filing: the entity is the applicant, named and identified as such. */
	public FilingJson personal() {
		return by("INDIVIDUAL");
	}

	/** The applicant (the entity's responsible person, and a personal entity itself) was born on this date. */
	public FilingJson applicantBornOn(String isoDate) {
		this.applicantBirthDate = LocalDate.parse(isoDate);
		return this;
	}

	public FilingJson entityAddress(String address) {
		this.entityAddress = address;
		return this;
	}

	public FilingJson emergencyMobile(String mobile) {
		this.emergencyMobile = mobile;
		return this;
	}

	/** This many websites, each with a domain and an IP address of its own. */
	public FilingJson withWebsites(int count) {
		while (websites.size() < count) {
			websites.add(WebsiteDraft.numbered(websites.size()));
		}
		websites.subList(count, websites.size()).clear();
		return this;
	}

	/** Adds a website with its own domain. */
	public FilingJson anotherWebsite(String name, String domain) {
		WebsiteDraft website = WebsiteDraft.numbered(websites.size());
		website.name = name;
		website.domains = List.of(domain);
		websites.add(website);
		return this;
	}

	/** Renames the first website. */
	public FilingJson websiteName(String name) {
		websites.get(0).name = name;
		return this;
	}

	/** Replaces the first website's domains (its home page follows the first). */
	public FilingJson domains(String... domains) {
		websites.get(0).domains = List.of(domains);
		return this;
	}

	/** Replaces the first website's IP ranges; pairs of start and end. */
	public FilingJson ipRanges(String... startEnd) {
		List<String[]> ranges = new ArrayList<>();
		for (int i = 0; i < startEnd.length; i += 2) {
			ranges.add(new String[] { startEnd[i], startEnd[i + 1] });
		}
		websites.get(0).ipRanges = ranges;
		return this;
	}

	public FilingJson websiteRemarks(String remarks) {
		websites.get(0).remarks = remarks;
		return this;
	}

	/** A domain certificate for every website. */
	public FilingJson withDomainCertificates() {
		this.domainCertificates = true;
		return this;
	}

	/** One more attachment of the entity, of this many bytes, after the usual ones. */
	public FilingJson withAttachment(String purpose, int bytes) {
		attachments.add(attachment(purpose, "ENTITY", null, new byte[bytes]));
		return this;
	}

	public FilingJson withConsoleFilingId(String id) {
		this.consoleFilingId = id;
		return this;
	}

	/**
	 * One website of this name under a domain of the filing's own (from its consoleFilingId), so no bureau refuses
	 * it as filed already.
	 */
	public FilingJson withOwnWebsite(String websiteName) {
		this.ownWebsiteName = websiteName;
		return this;
	}

	public FilingJson photoApprovedAt(String offsetDateTime) {
		this.photoApprovedAt = offsetDateTime;
		return this;
	}

	/** Shanghai-style verification: a collection code from the bureau's app instead of a backdrop photo. */
	public FilingJson verifiedInApp(String collectionCode) {
		this.photoVerificationMethod = APP_COLLECTION_CODE;
		this.collectionCode = collectionCode;
		return this;
	}

	public FilingJson verifiedByBackdropPhoto() {
		this.photoVerificationMethod = BACKDROP_PHOTO;
		this.collectionCode = null;
		return this;
	}

	/** Verified in person as the province's catalogue entry says: in Shanghai the app's code, elsewhere the photo. */
	public FilingJson verifiedTheProvincesWay() {
		this.photoVerificationMethod = null;
		this.collectionCode = null;
		return this;
	}

	public byte[] bytes() {
		return build().toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The filing as the bridge reads it once the contract accepted it; rules are not checked. */
	public FilingDocument document() {
		Violations violations = new Violations();
		FilingDocument document = READER.toDocument(build(), violations);
		if (document == null) {
			throw new IllegalStateException("Not a filing document: " + violations.reasons());
		}
		return document;
	}

	public ObjectNode build() {
		ObjectNode filing = MAPPER.createObjectNode()
			.put("consoleFilingId", consoleFilingId != null ? consoleFilingId : "F-" + type.bureauOperation() + "-0001")
			.put("filingType", type.name())
			.put("province", province)
			.put("photoApprovedAt", photoApprovedAt);
		filing.set("photoVerification", photoVerification());
		if (type != FilingType.FIRST_FILING) {
			filing.put("filingPasswordMd5", "0cc175b9c0f1b6a831c399e269772661");
		}
		filing.set("entity", entity());
		filing.putObject("emergencyContact").put("name", "王五").put("mobile", emergencyMobile);
		ArrayNode websiteNodes = filing.putArray("websites");
		for (int i = 0; i < websites.size(); i++) {
			websiteNodes.add(website(i));
		}
		ArrayNode attachmentNodes = filing.putArray("attachments");
		attachmentNodes.add(attachment("ENTITY_CERTIFICATE", "ENTITY", null, "licence scan"));
		attachmentNodes.add(attachment("SITE_PHOTO", "WEBSITE", "w1", "photo of the person before the backdrop"));
		attachments.forEach(attachment -> attachmentNodes.add(attachment.deepCopy()));
		if (domainCertificates) {
			websites.forEach(website -> attachmentNodes
				.add(attachment("DOMAIN_CERTIFICATE", "WEBSITE", website.id, "domain certificate of " + website.id)));
		}
		if (ownWebsiteName != null) {
			String domain = filing.get("consoleFilingId").asText().toLowerCase(Locale.ROOT) + ".cn";
			ObjectNode website = (ObjectNode) websiteNodes.get(0);
			website.put("name", ownWebsiteName).put("homeUrl", "www." + domain);
			((ArrayNode) website.get("domains")).removeAll().add(domain);
		}
		return filing;
	}

	private ObjectNode photoVerification() {
		String method = photoVerificationMethod != null ? photoVerificationMethod
				: ConfiguredProvinces.catalogue().get(province).photoVerification();
		String code = photoVerificationMethod == null && APP_COLLECTION_CODE.equals(method) ? "SH-20261127-0001"
				: collectionCode;
		ObjectNode verification = MAPPER.createObjectNode().put("method", method);
		return code == null ? verification : verification.put("collectionCode", code);
	}

	private ObjectNode entity() {
		ObjectNode applicant = person("张三", 1, applicantBirthDate, "13800000001");
		boolean personal = "INDIVIDUAL".equals(nature);
		ObjectNode entity = MAPPER.createObjectNode()
			.put("name", personal ? "张三" : "杭州示例科技有限公司")
			.put("nature", nature)
			.put("address", entityAddress);
		entity.putObject("region")
			.put("provinceCode", province + "0000")
			.put("cityCode", province + "0100")
			.put("countyCode", province + "0106");
		// the bureau wants the address on the entity's certificate (Zjzs), which the contract leaves optional
		entity.putObject("certificate")
			.put("type", personal ? "RESIDENT_ID" : "UNIFIED_SOCIAL_CREDIT_CODE")
			.put("number", personal ? applicant.at("/certificate/number").textValue() : creditCode(province + "0100", 1))
			.put("address", "西湖区文三路1号");
		entity.set("responsiblePerson", applicant);
		if (type == FilingType.NEW_WEBSITE) {
			entity.put("icpNumber", icpNumber(null)).put("bureauEntityId", 880001L);
		}
		if (type == FilingType.CHANGE) {
			entity.put("icpNumber", icpNumber(null));
		}
		return entity;
	}

	private ObjectNode website(int index) {
		WebsiteDraft draft = websites.get(index);
		ObjectNode website = MAPPER.createObjectNode().put("consoleWebsiteId", draft.id).put("name", draft.name);
		ArrayNode domains = website.putArray("domains");
		draft.domains.forEach(domains::add);
		website.put("homeUrl", "www." + draft.domains.get(0)).put("serviceContent", "SINGLE_ENTITY_PORTAL");
		website.putArray("languages").add("ZH_CN");
		ObjectNode access = website.putObject("access").put("method", "CLOUD").put("serverLocation", "330100");
		ArrayNode ranges = access.putArray("ipRanges");
		draft.ipRanges.forEach(range -> ranges.addObject().put("start", range[0]).put("end", range[1]));
		website.set("responsiblePerson", person("李四", 2 + index, LocalDate.of(1990, 3, 7), "13700000002"));
		if (draft.remarks != null) {
			website.put("remarks", draft.remarks);
		}
		if (type == FilingType.NEW_ACCESS) {
			website.put("icpNumber", icpNumber(index + 1)).put("bureauWebsiteId", 990001L + index);
		}
		if (type == FilingType.CHANGE) {
			website.put("icpNumber", icpNumber(index + 1));
		}
		return website;
	}

	private ObjectNode person(String name, int sequence, LocalDate birthDate, String mobile) {
		ObjectNode person = MAPPER.createObjectNode().put("name", name);
		person.putObject("certificate")
			.put("type", "RESIDENT_ID")
			.put("number", residentId(province + "0106", birthDate, sequence));
		return person.put("mobile", mobile).put("email", "person" + sequence + "@example.cn");
	}

	private String icpNumber(Integer websiteIndex) {
		return ConfiguredProvinces.catalogue().get(province).icpAbbreviation() + "ICP备2026012345号"
				+ (websiteIndex == null ? "" : "-" + websiteIndex);
	}

	public static ObjectNode attachment(String purpose, String owner, String websiteId, String content) {
		return attachment(purpose, owner, websiteId, content.getBytes(StandardCharsets.UTF_8));
	}

	private static ObjectNode attachment(String purpose, String owner, String websiteId, byte[] bytes) {
		ObjectNode attachment = MAPPER.createObjectNode().put("purpose", purpose).put("format", "JPG").put("owner", owner);
		if (websiteId != null) {
			attachment.put("consoleWebsiteId", websiteId);
		}
		return attachment.put("contentBase64", Base64.getEncoder().encodeToString(bytes)).put("sha256", sha256(bytes));
	}

	/** A resident ID with a valid check character (GB 11643) for a person born on that date. */
	public static String residentId(String region, LocalDate birthDate, int sequence) {
		String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	public static String creditCode(String region, int sequence) {
		String first17 = "91" + region + "MA2" + String.format("%06d", sequence);
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One website as the builder will write it. */
	private static final class WebsiteDraft {

		private final String id;

		private String name;

		private List<String> domains;

		private List<String[]> ipRanges;

		private String remarks;

		private WebsiteDraft(String id) {
			this.id = id;
		}

		/** The index-th website's own name, domain and single IP address (Tianjin allows no more). */
		static WebsiteDraft numbered(int index) {
			int number = index + 1;
			WebsiteDraft website = new WebsiteDraft("w" + number);
			website.name = "示例官网" + number;
			website.domains = List.of("example" + number + ".cn");
			website.ipRanges = List.<String[]>of(new String[] { "203.0.113." + number, "203.0.113." + number });
			return website;
		}

	}

}
