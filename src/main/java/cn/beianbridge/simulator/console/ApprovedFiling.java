package cn.beianbridge.simulator.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A demo first filing the bridge told the simulated console was approved, with the numbers the bureau gave it: what
 * the console needs to offer the customer's later change or cancellation of it.
 *
 * @param index the n of {@link SimulatedFilings#filing} that made it
 * @param websiteIcpNumbers by consoleWebsiteId, in the event's order
 */
record ApprovedFiling(int index, String consoleFilingId, String province, String entityIcpNumber,
		Map<String, String> websiteIcpNumbers) {

	/** Only the console's own first filings (DEMO-n) with every number given; anything else is no candidate. */
	static Optional<ApprovedFiling> of(String consoleFilingId, JsonNode event) {
		if (!consoleFilingId.matches("DEMO-\\d{1,6}") || !"APPROVED".equals(event.path("type").asText())
				|| !event.path("entityIcpNumber").isTextual() || !event.path("province").isTextual()) {
			return Optional.empty();
		}
		Map<String, String> websites = new LinkedHashMap<>();
		for (JsonNode website : event.path("websites")) {
			if (!website.path("icpNumber").isTextual()) {
				return Optional.empty();
			}
			websites.put(website.path("consoleWebsiteId").asText(), website.path("icpNumber").asText());
		}
		if (websites.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ApprovedFiling(Integer.parseInt(consoleFilingId.substring("DEMO-".length())),
				consoleFilingId, event.path("province").asText(), event.path("entityIcpNumber").asText(),
				Collections.unmodifiableMap(websites)));
	}

}
