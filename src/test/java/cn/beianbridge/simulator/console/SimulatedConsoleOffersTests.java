package cn.beianbridge.simulator.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.filing.ContractCheck;
import cn.beianbridge.filing.FilingContract;
import cn.beianbridge.filing.ProvinceRuleCheck;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.support.ConfiguredCancelReasons;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo console asks for a customer's change and cancellation only of filings the bridge told it were approved,
 * with the numbers the bureau gave, in filings the contract takes, and a page read twice is the same page.
 */
class SimulatedConsoleOffersTests {

	static final ObjectMapper JSON = new ObjectMapper();

	final ProvinceCatalogue provinces = ConfiguredProvinces.catalogue();

	final SimulatedFilings filings = new SimulatedFilings(provinces, "驳回", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T13:53:00Z"));

	final SimulatedConsole console = new SimulatedConsole(filings,
			new ConsoleSettings("http://localhost/simulator/console", "demo-token", 50, 200), clock);

	final FilingContract contract = new FilingContract(provinces.abbreviationsByProvince(),
			ConfiguredCancelReasons.table());

	final ProvinceRuleCheck rules = new ProvinceRuleCheck(provinces);

	@Test
	void aChangeAndACancelComeOnlyAfterApprovalsWithTheirNumbersAndPagesStayTheSame() throws Exception {
		clock.advance(Duration.ofMinutes(1));
		String firstPage = page("");
		assertThat(types(firstPage)).hasSize(20).containsOnly("FIRST_FILING");

		List<JsonNode> approvedFilings = submittableFirstFilings(firstPage).subList(0, 2);
		for (JsonNode filing : approvedFilings) {
			approve(filing);
		}
		// positions read before the approvals came (5 and 11 are the console's change slots) do not change
		assertThat(page("")).isEqualTo(firstPage);

		clock.advance(Duration.ofMinutes(1));
		String secondPage = page("20");
		assertThat(types(secondPage)).hasSize(15).filteredOn(type -> !type.equals("FIRST_FILING"))
			.containsExactly("CANCEL", "CHANGE");
		assertThat(page("20")).isEqualTo(secondPage);

		JsonNode cancel = offered(secondPage, "CANCEL");
		JsonNode cancelled = approvedFilings.get(0);
		assertThat(contract.check(cancel).errors()).isEmpty();
		assertThat(cancel.get("province").asText()).isEqualTo(cancelled.get("province").asText());
		assertThat(cancel.get("cancellation").get("kind").asText()).isEqualTo("WEBSITE");
		assertThat(cancel.get("cancellation").get("icpNumber").asText()).isEqualTo(websiteNumber(cancelled));
		assertThat(cancel.get("cancellation").get("reasonCode").asInt()).isEqualTo(1);

		JsonNode change = offered(secondPage, "CHANGE");
		JsonNode changed = approvedFilings.get(1);
		ContractCheck check = contract.check(change);
		assertThat(check.errors()).isEmpty();
		assertThat(rules.check(check.document())).as("the province's change rules").isEmpty();
		assertThat(change.get("filingPasswordMd5").asText()).isEqualTo(FilingJson.SIMULATED_BUREAU_PASSWORD_MD5);
		assertThat(change.get("entity").get("icpNumber").asText()).isEqualTo(entityNumber(changed));
		JsonNode website = change.get("websites").get(0);
		assertThat(website.get("icpNumber").asText()).isEqualTo(websiteNumber(changed));
		List<String> domains = texts(website.get("domains"));
		assertThat(domains).hasSize(changed.get("websites").get(0).get("domains").size() + 1)
			.containsAll(texts(changed.get("websites").get(0).get("domains")));

		// both approvals are used: the next slots offer first filings again
		clock.advance(Duration.ofMinutes(1));
		assertThat(types(page("35"))).containsOnly("FIRST_FILING");
	}

	@Test
	void aFilingTheBureauCancelledBeforeItsTurnIsNotOffered() throws Exception {
		clock.advance(Duration.ofMinutes(1));
		JsonNode filing = submittableFirstFilings(page("")).get(0);
		approve(filing);
		console.bureauEvent(filing.get("consoleFilingId").asText(),
				"{\"type\":\"CANCELLED\",\"cancelledBy\":\"BUREAU\",\"scope\":\"ENTITY\"}", "Bearer demo-token", "e-2");

		clock.advance(Duration.ofMinutes(2));
		assertThat(types(page("20"))).containsOnly("FIRST_FILING");
	}

	private List<JsonNode> submittableFirstFilings(String page) throws Exception {
		List<JsonNode> submittable = new ArrayList<>();
		for (JsonNode filing : JSON.readTree(page).get("items")) {
			ContractCheck check = contract.check(filing);
			if (check.valid() && rules.check(check.document()).isEmpty()) {
				submittable.add(filing);
			}
		}
		return submittable;
	}

	/** What sync sends for an approved filing: the numbers the simulated bureau gave, in its province's form. */
	private void approve(JsonNode filing) {
		ObjectNode event = JSON.createObjectNode().put("type", "APPROVED")
			.put("province", filing.get("province").asText()).put("entityIcpNumber", entityNumber(filing));
		event.putArray("websites").addObject()
			.put("consoleWebsiteId", filing.get("websites").get(0).get("consoleWebsiteId").asText())
			.put("icpNumber", websiteNumber(filing));
		assertThat(console.bureauEvent(filing.get("consoleFilingId").asText(), event.toString(), "Bearer demo-token",
				"e-" + filing.get("consoleFilingId").asText()).getStatusCode().value()).isEqualTo(200);
	}

	private String entityNumber(JsonNode filing) {
		String abbreviation = provinces.abbreviationsByProvince().get(filing.get("province").asText()).iterator().next();
		String id = filing.get("consoleFilingId").asText();
		return abbreviation + "ICP备2026" + String.format("%06d", Integer.parseInt(id.substring(5))) + "号";
	}

	private String websiteNumber(JsonNode filing) {
		return entityNumber(filing) + "-1";
	}

	private String page(String after) {
		return console.page("ALL", after, 50, "Bearer demo-token").getBody();
	}

	private static List<String> types(String page) throws Exception {
		return texts(JSON.readTree(page).get("items").findValues("filingType"));
	}

	private static JsonNode offered(String page, String type) throws Exception {
		for (JsonNode filing : JSON.readTree(page).get("items")) {
			if (filing.get("filingType").asText().equals(type)) {
				return filing;
			}
		}
		throw new AssertionError("no " + type + " in " + page);
	}

	private static List<String> texts(Iterable<JsonNode> nodes) {
		List<String> texts = new ArrayList<>();
		nodes.forEach(node -> texts.add(node.asText()));
		return texts;
	}

}
