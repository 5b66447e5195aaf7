package cn.beianbridge.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingType;
import cn.beianbridge.shared.ResidentIdNumber;
import cn.beianbridge.shared.UnifiedSocialCreditCode;

/**
 * Test data: a valid filing of each type as console JSON, with identity numbers made valid by their check
 * characters. Tests break the built tree on purpose.
 */
public final class FilingJson {

	/** The province catalogue of DOMAIN.md; the first abbreviation is the one ICP numbers use. */
	public static final Map<String, List<String>> PROVINCES = provinces("11 京,12 津,13 冀,14 晋,15 蒙,21 辽,22 吉,23 黑,"
			+ "31 沪,32 苏,33 浙,34 皖,35 闽,36 赣,37 鲁,41 豫,42 鄂,43 湘,44 粤,45 桂,46 琼,50 渝,51 蜀川,52 黔贵,53 滇云,"
			+ "54 藏,61 陕,62 陇甘,63 青,64 宁,65 新");

	public static final Map<String, Set<String>> ABBREVIATIONS = abbreviations();

	public static final ObjectMapper MAPPER = new ObjectMapper();

	private final FilingType type;

	private String province = "33";

	private int websiteCount = 1;

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

	public FilingJson inProvince(String code) {
		this.province = code;
		return this;
	}

	public FilingJson withWebsites(int count) {
		this.websiteCount = count;
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
		this.collectionCode = collectionCode;
		return this;
	}

	public byte[] bytes() {
		return build().toString().getBytes(StandardCharsets.UTF_8);
	}

	public ObjectNode build() {
		ObjectNode filing = MAPPER.createObjectNode()
			.put("consoleFilingId", consoleFilingId != null ? consoleFilingId : "F-" + type.bureauOperation() + "-0001")
			.put("filingType", type.name())
			.put("province", province)
			.put("photoApprovedAt", photoApprovedAt);
		ObjectNode verification = filing.putObject("photoVerification")
			.put("method", collectionCode == null ? "BACKDROP_PHOTO" : "APP_COLLECTION_CODE");
		if (collectionCode != null) {
			verification.put("collectionCode", collectionCode);
		}
		if (type != FilingType.FIRST_FILING) {
			filing.put("filingPasswordMd5", "0cc175b9c0f1b6a831c399e269772661");
		}
		filing.set("entity", entity());
		filing.putObject("emergencyContact").put("name", "王五").put("mobile", "13900000003");
		ArrayNode websites = filing.putArray("websites");
		for (int i = 0; i < websiteCount; i++) {
			websites.add(website(i));
		}
		ArrayNode attachments = filing.putArray("attachments");
		attachments.add(attachment("ENTITY_CERTIFICATE", "ENTITY", null, "licence scan"));
		attachments.add(attachment("SITE_PHOTO", "WEBSITE", "w1", "photo of the person before the backdrop"));
		if (ownWebsiteName != null) {
			String domain = filing.get("consoleFilingId").asText().toLowerCase(Locale.ROOT) + ".cn";
			ObjectNode website = (ObjectNode) websites.get(0);
			website.put("name", ownWebsiteName).put("homeUrl", "www." + domain);
			((ArrayNode) website.get("domains")).removeAll().add(domain);
		}
		return filing;
	}

	private ObjectNode entity() {
		ObjectNode entity = MAPPER.createObjectNode()
			.put("name", "杭州示例科技有限公司")
			.put("nature", "ENTERPRISE")
			.put("address", "西湖区文三路1号");
		entity.putObject("region")
			.put("provinceCode", province + "0000")
			.put("cityCode", province + "0100")
			.put("countyCode", province + "0106");
		entity.putObject("certificate")
			.put("type", "UNIFIED_SOCIAL_CREDIT_CODE")
			.put("number", creditCode(province + "0100", 1))
			.put("address", "西湖区文三路1号");
		entity.set("responsiblePerson", person("张三", 1, "13800000001"));
		if (type == FilingType.NEW_WEBSITE) {
			entity.put("icpNumber", icpNumber(null)).put("bureauEntityId", 880001L);
		}
		return entity;
	}

	private ObjectNode website(int index) {
		ObjectNode website = MAPPER.createObjectNode()
			.put("consoleWebsiteId", "w" + (index + 1))
			.put("name", "示例官网" + (index + 1));
		website.putArray("domains").add("example" + (index + 1) + ".cn");
		website.put("homeUrl", "www.example" + (index + 1) + ".cn").put("serviceContent", "SINGLE_ENTITY_PORTAL");
		website.putArray("languages").add("ZH_CN");
		ObjectNode access = website.putObject("access").put("method", "CLOUD").put("serverLocation", "330100");
		access.putArray("ipRanges").addObject().put("start", "203.0.113." + (index + 1)).put("end", "203.0.113.200");
		website.set("responsiblePerson", person("李四", 2 + index, "13700000002"));
		if (type == FilingType.NEW_ACCESS) {
			website.put("icpNumber", icpNumber(index + 1)).put("bureauWebsiteId", 990001L + index);
		}
		return website;
	}

	private ObjectNode person(String name, int sequence, String mobile) {
		ObjectNode person = MAPPER.createObjectNode().put("name", name);
		person.putObject("certificate").put("type", "RESIDENT_ID").put("number", residentId(province + "0106", sequence));
		return person.put("mobile", mobile).put("email", "person" + sequence + "@example.cn");
	}

	private String icpNumber(Integer websiteIndex) {
		return PROVINCES.get(province).get(0) + "ICP备2026012345号" + (websiteIndex == null ? "" : "-" + websiteIndex);
	}

	public static ObjectNode attachment(String purpose, String owner, String websiteId, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		ObjectNode attachment = MAPPER.createObjectNode().put("purpose", purpose).put("format", "JPG").put("owner", owner);
		if (websiteId != null) {
			attachment.put("consoleWebsiteId", websiteId);
		}
		return attachment.put("contentBase64", Base64.getEncoder().encodeToString(bytes)).put("sha256", sha256(bytes));
	}

	public static String residentId(String region, int sequence) {
		String first17 = region + "19900307" + String.format("%03d", sequence);
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

	private static Map<String, List<String>> provinces(String table) {
		Map<String, List<String>> provinces = new TreeMap<>();
		for (String row : table.split(",")) {
			String[] parts = row.split(" ");
			List<String> abbreviations = new ArrayList<>();
			parts[1].codePoints().forEach(c -> abbreviations.add(Character.toString(c)));
			provinces.put(parts[0], List.copyOf(abbreviations));
		}
		return Map.copyOf(provinces);
	}

	private static Map<String, Set<String>> abbreviations() {
		Map<String, Set<String>> abbreviations = new TreeMap<>();
		PROVINCES.forEach((code, list) -> abbreviations.put(code, new LinkedHashSet<>(list)));
		return Map.copyOf(abbreviations);
	}

}
