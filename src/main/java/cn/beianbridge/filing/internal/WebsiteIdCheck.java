package cn.beianbridge.filing.internal;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;

/** Results and attachments are matched to websites by consoleWebsiteId, so two websites may not share one. */
final class WebsiteIdCheck implements SemanticCheck {

	@Override
	public void check(JsonNode filing, Violations violations) {
		Map<String, JsonNodePath> firstSeen = new HashMap<>();
		JsonNode websites = SemanticCheck.items(filing.path("websites"));
		for (int i = 0; i < websites.size(); i++) {
			String id = websites.get(i).path("consoleWebsiteId").textValue();
			if (id == null) {
				continue;
			}
			JsonNodePath website = Violations.ROOT.append("websites").append(i);
			JsonNodePath earlier = firstSeen.putIfAbsent(id, website);
			if (earlier != null) {
				violations.add(website.append("consoleWebsiteId"), Violations.quote(id) + " is already the id of "
						+ earlier + ". Each website needs its own consoleWebsiteId.");
			}
		}
	}

}
