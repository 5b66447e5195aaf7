package cn.beianbridge.simulator.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.ResidentIdNumber;
import cn.beianbridge.shared.Sha256;
import cn.beianbridge.shared.UnifiedSocialCreditCode;

/**
 * Makes the n-th demo filing, the same each time it is asked for (so a re-read page is the same page). The mix
 * shows every outcome within minutes: most are approved by the simulated bureau; some break a province rule (held),
 * the contract (rejected input); every tenth carries the simulated bureau's reject marker in its website name
 * (rejected by the bureau, 1002) and every tenth names a domain another filing of the same province filed already
 * (refused, 1005). Imported by {@link cn.beianbridge.simulator.SimulatorConfiguration}.
 */
public class SimulatedFilings {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "堃", "喆" };

	private static final String[] TRADES = { "茶叶", "家具", "软件", "文化", "教育", "旅游", "餐饮", "设计" };

	private static final String[] PERSONAL = { "读书笔记", "摄影作品集", "旅行日记", "编程札记" };

	private final List<Province> provinces;

	private final String rejectMarker;

	private final String filingPasswordMd5;

	SimulatedFilings(ProvinceCatalogue catalogue,
			@Value("${bridge.simulators.bureau.reject-marker:驳回}") String rejectMarker,
			@Value("${bridge.simulators.bureau.filing-password-md5:e10adc3949ba59abbe56e057f20f883e}") String filingPasswordMd5) {
		this.provinces = catalogue.all();
		this.rejectMarker = rejectMarker;
		this.filingPasswordMd5 = filingPasswordMd5;
	}

	/**
	 * The customer's change of an approved demo filing: its entity and website as filed, with the numbers the bureau
	 * gave, one domain added, the filing password the simulated bureaus know, and a new photo verification the way
	 * the province wants it (most providers' guides ask for one on every change).
	 */
	ObjectNode change(ApprovedFiling approved, Instant now) {
		ObjectNode change = filing(approved.index(), now);
		change.put("consoleFilingId", "DEMO-CHG-" + approved.index());
		change.put("filingType", "CHANGE");
		change.put("filingPasswordMd5", filingPasswordMd5);
		// the first filing's Shanghai offers forget the collection code every third time; a change brings one
		if (provinces.stream().anyMatch(p -> p.code().equals(approved.province())
				&& p.photoVerification().equals("APP_COLLECTION_CODE"))) {
			change.putObject("photoVerification").put("method", "APP_COLLECTION_CODE")
				.put("collectionCode", "SHCHG" + (100000 + approved.index()));
		}
		change.remove("attachments");
		((ObjectNode) change.get("entity")).put("icpNumber", approved.entityIcpNumber());
		for (JsonNode node : change.get("websites")) {
			ObjectNode website = (ObjectNode) node;
			website.put("icpNumber", approved.websiteIcpNumbers().get(website.get("consoleWebsiteId").asText()));
			((ArrayNode) website.get("domains")).add("shop-demo" + approved.index() + ".cn");
		}
		return change;
	}

	/** The customer's cancellation of an approved demo filing's (first) website: the site is closed. */
	ObjectNode cancelWebsite(ApprovedFiling approved) {
		ObjectNode cancel = JSON.createObjectNode();
		cancel.put("consoleFilingId", "DEMO-ZX-" + approved.index());
		cancel.put("filingType", "CANCEL");
		cancel.put("province", approved.province());
		// reason 1 of config/cancel-reasons.yml: 网站已关闭，不再提供服务
		cancel.putObject("cancellation").put("kind", "WEBSITE")
			.put("icpNumber", approved.websiteIcpNumbers().values().iterator().next()).put("reasonCode", 1)
			.put("remark", "演示：网站已停止运营").put("filingPasswordMd5", filingPasswordMd5);
		return cancel;
	}

	ObjectNode filing(int n, Instant now) {
		// Every 17th offer repeats an earlier filing: the console may offer the same filing twice.
		int index = n % 17 == 16 ? n - 5 : n;
		// Every tenth (7, 17, ...) is another customer's site on the domain of filing index - 4, in that one's province.
		int domainOwner = index % 10 == 7 ? index - 4 : index;
		Province province = provinces.get(domainOwner % provinces.size());
		boolean personal = index % 2 == 0;
		String person = SURNAMES[index % SURNAMES.length] + GIVEN[(index / 3) % GIVEN.length];
		String trade = TRADES[index % TRADES.length];
		ObjectNode filing = JSON.createObjectNode();
		filing.put("consoleFilingId", "DEMO-" + index);
		filing.put("filingType", "FIRST_FILING");
		filing.put("province", province.code());
		filing.put("photoApprovedAt", ChinaTime.format(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		// Shanghai verifies in the bureau's app; every third Shanghai filing forgets to, and is held.
		boolean appCode = province.photoVerification().equals("APP_COLLECTION_CODE") && index % 3 != 0;
		ObjectNode verification = filing.putObject("photoVerification")
			.put("method", appCode ? "APP_COLLECTION_CODE" : "BACKDROP_PHOTO");
		if (appCode) {
			verification.put("collectionCode", "SH" + (100000 + index));
		}
		String region = province.code() + "0102";
		ObjectNode entity = filing.putObject("entity");
		entity.put("name", personal ? person : province.nameZh() + trade + "有限公司");
		entity.put("nature", personal ? "INDIVIDUAL" : "ENTERPRISE");
		entity.putObject("region").put("provinceCode", province.code() + "0000")
			.put("cityCode", province.code() + "0100").put("countyCode", region);
		entity.put("address", province.nameZh() + "市人民路" + (index % 300 + 1) + "号");
		String residentId = residentId(region, index);
		// Every 23rd filing carries a mistyped ID: the contract check rejects it and the console is told.
		if (index % 23 == 22) {
			residentId = residentId.substring(0, 17) + (residentId.charAt(17) == '0' ? '1' : '0');
		}
		// the bureau's schema wants the certificate's address (Zjzs), which the contract leaves optional
		entity.set("certificate", certificate(personal ? "RESIDENT_ID" : "UNIFIED_SOCIAL_CREDIT_CODE",
				personal ? residentId : creditCode(region, index)).put("address", entity.get("address").asText()));
		entity.set("responsiblePerson", person(person, residentId, index));
		// Every 19th gives an office phone the contract allows and the bureau's schema does not (under 11
		// characters): it is held at submission with the schema's rule, and the operators are alerted.
		if (index % 19 == 18) {
			((ObjectNode) entity.get("responsiblePerson")).put("officePhone", "8888-" + (100 + index % 900));
		}
		filing.putObject("emergencyContact").put("name", "紧急联系人").put("mobile", mobile(index + 7));
		ObjectNode website = filing.putArray("websites").addObject();
		website.put("consoleWebsiteId", "W" + index);
		// Some personal sites pick a word the rules reserve for organisations: they are held.
		// Every tenth (5, 15, ...) carries the simulated bureau's reject marker: its reviewers reject it.
		website.put("name", personal ? person + (index % 5 == 4 ? "论坛" : PERSONAL[index % PERSONAL.length])
				: province.nameZh() + trade + "官网" + (index % 10 == 5 ? "（" + rejectMarker + "演示）" : ""));
		String domain = "demo" + domainOwner + ".cn";
		website.putArray("domains").add(domain);
		if (index % 11 == 10) {
			((ArrayNode) website.get("domains")).add("www-demo" + index + ".cn");
		}
		website.put("homeUrl", "https://" + domain + "/");
		website.put("serviceContent", personal ? "BLOG" : "SINGLE_ENTITY_PORTAL");
		website.putArray("languages").add("ZH_CN");
		ObjectNode access = website.putObject("access");
		access.put("method", "CLOUD").put("serverLocation", region);
		access.putArray("ipRanges").addObject().put("start", "10.0." + index % 250 + ".1")
			.put("end", "10.0." + index % 250 + ".1");
		website.set("responsiblePerson", person(person, residentId, index));
		filing.putArray("attachments").add(attachment(index));
		return filing;
	}

	private ObjectNode person(String name, String residentId, int index) {
		ObjectNode person = JSON.createObjectNode();
		person.put("name", name);
		person.set("certificate", certificate("RESIDENT_ID", residentId));
		person.put("mobile", mobile(index));
		person.put("email", "owner" + index + "@example.cn");
		return person;
	}

	private static ObjectNode certificate(String type, String number) {
		return JSON.createObjectNode().put("type", type).put("number", number);
	}

	private static String residentId(String region, int index) {
		String birth = LocalDate.of(1970, 1, 1).plusDays(index * 37L % 12_000).toString().replace("-", "");
		String first17 = region + birth + String.format("%03d", index % 1000);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	private static String creditCode(String region, int index) {
		String first17 = "91" + region + String.format("%09d", 100_000 + index);
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

	private static String mobile(int index) {
		return "139" + String.format("%08d", 10_000_000 + index);
	}

	private static ObjectNode attachment(int index) {
		byte[] content = ("%PDF-1.4 demo verification form " + index).getBytes(StandardCharsets.US_ASCII);
		return JSON.createObjectNode().put("purpose", "VERIFICATION_FORM").put("format", "PDF").put("owner", "ENTITY")
			.put("contentBase64", Base64.getEncoder().encodeToString(content)).put("sha256", Sha256.hex(content));
	}

}
