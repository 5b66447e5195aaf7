package cn.beianbridge.filing.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;

import cn.beianbridge.shared.IcpNumber;

/**
 * Every ICP number given must be well formed, be of the right kind (the entity's without -N, a website's with
 * it; a cancellation's as its kind says) and carry an abbreviation of the filing's province.
 */
final class IcpNumberCheck implements SemanticCheck {

	private final Map<String, Set<String>> abbreviationsByProvinceCode;

	IcpNumberCheck(Map<String, Set<String>> abbreviationsByProvinceCode) {
		this.abbreviationsByProvinceCode = abbreviationsByProvinceCode.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
	}

	@Override
	public void check(JsonNode filing, Violations violations) {
		String province = filing.path("province").textValue();
		JsonNode entityNumber = filing.path("entity").path("icpNumber");
		if (entityNumber.isTextual()) {
			check(entityNumber.textValue(), false, province, Violations.ROOT.append("entity").append("icpNumber"),
					violations);
		}
		JsonNode websites = SemanticCheck.items(filing.path("websites"));
		for (int i = 0; i < websites.size(); i++) {
			JsonNode websiteNumber = websites.get(i).path("icpNumber");
			if (websiteNumber.isTextual()) {
				check(websiteNumber.textValue(), true, province,
						Violations.ROOT.append("websites").append(i).append("icpNumber"), violations);
			}
		}
		JsonNode cancellation = filing.path("cancellation");
		String kind = cancellation.path("kind").textValue();
		JsonNode cancelledNumber = cancellation.path("icpNumber");
		// an unknown kind is the schema's to report; which number is due depends on the kind
		if (cancelledNumber.isTextual() && ("ENTITY".equals(kind) || "WEBSITE".equals(kind) || "ACCESS".equals(kind))) {
			check(cancelledNumber.textValue(), !"ENTITY".equals(kind), province,
					Violations.ROOT.append("cancellation").append("icpNumber"), violations);
		}
	}

	private void check(String text, boolean ofWebsite, String province, JsonNodePath field, Violations violations) {
		IcpNumber number = IcpNumber.parse(text).orElse(null);
		if (number == null) {
			violations.add(field, Violations.quote(text) + " is not an ICP number. Expected "
					+ (ofWebsite ? "the website's number, e.g. 浙ICP备2026012345号-1"
							: "the entity's number, e.g. 浙ICP备2026012345号")
					+ ": a province abbreviation, ICP备 or ICP证, 8 or 10 digits, 号"
					+ (ofWebsite ? ", then -N." : "."));
			return;
		}
		if (ofWebsite && !number.isWebsiteNumber()) {
			violations.add(field, Violations.quote(text) + " is an entity's number. Expected the website's number "
					+ "with its -N, e.g. " + number + "-1.");
		}
		if (!ofWebsite && number.isWebsiteNumber()) {
			violations.add(field, Violations.quote(text) + " is a website's number. Expected the entity's number "
					+ "without -N: " + number.entityNumber() + ".");
		}
		if (province == null) {
			return;
		}
		Set<String> accepted = abbreviationsByProvinceCode.get(province);
		if (accepted == null || accepted.isEmpty()) {
			violations.add(field, "Cannot be checked: no ICP number abbreviations are configured for province "
					+ Violations.quote(province) + ".");
		}
		else if (!number.hasAbbreviationIn(accepted)) {
			violations.add(field, Violations.quote(text) + " was issued under " + number.abbreviation()
					+ ", but this filing is for province " + province + ", whose ICP numbers start with "
					+ String.join(" or ", new TreeSet<>(accepted)) + ".");
		}
	}

}
