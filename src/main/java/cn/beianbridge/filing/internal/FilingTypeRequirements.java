package cn.beianbridge.filing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;

/** The fields a NEW_WEBSITE or NEW_ACCESS filing needs to name what is already filed. */
final class FilingTypeRequirements implements SemanticCheck {

	@Override
	public void check(JsonNode filing, Violations violations) {
		String type = filing.path("filingType").textValue();
		if ("NEW_WEBSITE".equals(type)) {
			requirePassword(filing, type, violations);
			JsonNodePath entity = Violations.ROOT.append("entity");
			require(filing.path("entity"), entity, "icpNumber",
					"the entity's ICP number, e.g. 浙ICP备2026012345号", type, violations);
			require(filing.path("entity"), entity, "bureauEntityId",
					"the bureau's id of the already filed entity (Ztid)", type, violations);
		}
		else if ("NEW_ACCESS".equals(type)) {
			requirePassword(filing, type, violations);
			JsonNode websites = SemanticCheck.items(filing.path("websites"));
			for (int i = 0; i < websites.size(); i++) {
				JsonNodePath website = Violations.ROOT.append("websites").append(i);
				require(websites.get(i), website, "icpNumber",
						"the website's ICP number with its -N, e.g. 浙ICP备2026012345号-1", type, violations);
				require(websites.get(i), website, "bureauWebsiteId",
						"the bureau's id of the already filed website (Wzid)", type, violations);
			}
		}
	}

	private static void requirePassword(JsonNode filing, String type, Violations violations) {
		require(filing, Violations.ROOT, "filingPasswordMd5",
				"the MD5 of the entity's filing password, as 32 hex digits", type, violations);
	}

	// Only inside an object: a missing or mistyped parent is already reported by the schema.
	private static void require(JsonNode parent, JsonNodePath parentPath, String name, String what, String type,
			Violations violations) {
		if (parent.isObject() && !parent.has(name)) {
			violations.add(parentPath.append(name), "Required for a " + type + " filing: " + what + ".");
		}
	}

}
