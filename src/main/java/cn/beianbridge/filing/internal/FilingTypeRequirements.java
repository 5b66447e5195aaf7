package cn.beianbridge.filing.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;

/**
 * The fields a filing type needs beyond the schema's: what NEW_WEBSITE, NEW_ACCESS and CHANGE need to name what is
 * already filed, what a CANCEL must leave out, and that only a CANCEL carries a cancellation.
 */
final class FilingTypeRequirements implements SemanticCheck {

	/** A cancellation names its target by number alone: anything describing an entity or website would be ignored. */
	private static final List<String> NOT_IN_A_CANCEL = List.of("photoVerification", "filingPasswordMd5", "entity",
			"emergencyContact", "websites", "attachments");

	@Override
	public void check(JsonNode filing, Violations violations) {
		String type = filing.path("filingType").textValue();
		if ("NEW_WEBSITE".equals(type)) {
			requirePassword(filing, "a " + type + " filing", violations);
			requireEntityNumbers(filing, type, true, violations);
		}
		else if ("NEW_ACCESS".equals(type)) {
			requirePassword(filing, "a " + type + " filing", violations);
			requireWebsiteNumbers(filing, type, true, violations);
		}
		else if ("CHANGE".equals(type)) {
			// the bureau's ids are optional: the bridge keeps those it got from BASJ and looks them up by number
			requireEntityNumbers(filing, type, false, violations);
			requireWebsiteNumbers(filing, type, false, violations);
		}
		else if ("CANCEL".equals(type)) {
			checkCancel(filing, violations);
		}
		if (!"CANCEL".equals(type) && type != null && filing.has("cancellation")) {
			violations.add(Violations.ROOT.append("cancellation"), "Only a CANCEL filing has a cancellation; this is a "
					+ type + " filing. Remove it, or send the cancellation as a filing of its own with filingType CANCEL.");
		}
	}

	private static void checkCancel(JsonNode filing, Violations violations) {
		for (String field : NOT_IN_A_CANCEL) {
			if (filing.has(field)) {
				violations.add(Violations.ROOT.append(field), "Must be absent for a CANCEL filing: a cancellation names "
						+ "what it cancels in cancellation.icpNumber"
						+ ("filingPasswordMd5".equals(field) ? " and carries the password in cancellation.filingPasswordMd5."
								: "."));
			}
		}
		JsonNode cancellation = filing.path("cancellation");
		if ("ENTITY".equals(cancellation.path("kind").textValue())) {
			require(cancellation, Violations.ROOT.append("cancellation"), "filingPasswordMd5",
					"the MD5 of the entity's filing password, as 32 hex digits", "a CANCEL of an ENTITY", violations);
		}
	}

	private static void requirePassword(JsonNode filing, String type, Violations violations) {
		require(filing, Violations.ROOT, "filingPasswordMd5",
				"the MD5 of the entity's filing password, as 32 hex digits", "a " + type + " filing", violations);
	}

	private static void requireEntityNumbers(JsonNode filing, String type, boolean bureauId, Violations violations) {
		JsonNodePath entity = Violations.ROOT.append("entity");
		require(filing.path("entity"), entity, "icpNumber", "the entity's ICP number, e.g. 浙ICP备2026012345号",
				"a " + type + " filing", violations);
		if (bureauId) {
			require(filing.path("entity"), entity, "bureauEntityId", "the bureau's id of the already filed entity (Ztid)",
					"a " + type + " filing", violations);
		}
	}

	private static void requireWebsiteNumbers(JsonNode filing, String type, boolean bureauId, Violations violations) {
		JsonNode websites = SemanticCheck.items(filing.path("websites"));
		for (int i = 0; i < websites.size(); i++) {
			JsonNodePath website = Violations.ROOT.append("websites").append(i);
			require(websites.get(i), website, "icpNumber",
					"the website's ICP number with its -N, e.g. 浙ICP备2026012345号-1", "a " + type + " filing", violations);
			if (bureauId) {
				require(websites.get(i), website, "bureauWebsiteId",
						"the bureau's id of the already filed website (Wzid)", "a " + type + " filing", violations);
			}
		}
	}

	// Only inside an object: a missing or mistyped parent is already reported by the schema.
	private static void require(JsonNode parent, JsonNodePath parentPath, String name, String what, String forWhom,
			Violations violations) {
		if (parent.isObject() && !parent.has(name)) {
			violations.add(parentPath.append(name), "Required for " + forWhom + ": " + what + ".");
		}
	}

}
