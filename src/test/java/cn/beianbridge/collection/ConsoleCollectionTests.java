package cn.beianbridge.collection;

import java.util.List;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FilingJson;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The console pull route against a console played by WireMock. */
@SpringBootTest
@ActiveProfiles("test")
class ConsoleCollectionTests {

	static final FakeConsole console = new FakeConsole();

	@DynamicPropertySource
	static void consoleUrl(DynamicPropertyRegistry registry) {
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.console.page-size", () -> 3);
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
	}

	@Autowired
	ProducerTemplate camel;

	@Autowired
	Filings filings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalData personalData;

	@BeforeEach
	void emptyConsoleAndStore() {
		console.reset();
		jdbc.update("delete from collection_cursor");
	}

	@Test
	void pagesAreFollowedToTheEndWithTheTokenAndEachFilingIsStoredOnce() {
		console.page("", "c2", filing("PG-1"), filing("PG-2"));
		console.page("c2", "c4", filing("PG-3"), filing("PG-2"));
		console.page("c4", "c4");

		collect();

		assertThat(List.of("PG-1", "PG-2", "PG-3")).allSatisfy(id -> assertThat(filings.findByConsoleFilingId(id)).isPresent());
		assertThat(count("PG-%")).isEqualTo(3);
		assertThat(cursor()).isEqualTo("c4");
		console.wireMock().verify(getRequestedFor(urlPathEqualTo("/api/v1/filings"))
			.withQueryParam("status", equalTo("PHOTO_APPROVED"))
			.withQueryParam("limit", equalTo("3"))
			.withHeader("Authorization", equalTo("Bearer test-console-token")));
	}

	@Test
	void anErrorMidwayKeepsWhatWasStoredAndTheNextRunGoesOnFromThere() {
		console.page("", "e2", filing("ER-1"), filing("ER-2"));
		console.wireMock().stubFor(get(urlPathEqualTo("/api/v1/filings")).withQueryParam("after", equalTo("e2"))
			.willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(this::collect).isInstanceOf(CamelExecutionException.class);
		assertThat(count("ER-%")).isEqualTo(2);
		assertThat(cursor()).isEqualTo("e2");

		console.page("e2", "e3", filing("ER-3"));
		console.page("e3", "e3");
		collect();
		assertThat(count("ER-%")).isEqualTo(3);
	}

	@Test
	void aCrashBetweenStoringAPageAndMovingTheCursorLosesNothingAndDuplicatesNothing() {
		console.page("", "k2", filing("CR-1"), filing("CR-2"));
		console.page("k2", "k3", filing("CR-3"));
		console.page("k3", "k3");
		collect();
		// The state a crash leaves after the second page was committed but before its cursor was: the
		// cursor still says "after the first page".
		jdbc.update("update collection_cursor set cursor_value = 'k2'");
		console.page("k3", "k4", filing("CR-4"));
		console.page("k4", "k4");

		collect();

		assertThat(count("CR-%")).isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from filing_history h join filing f on f.id = h.filing_id "
				+ "where f.console_filing_id = 'CR-3'", Integer.class)).isOne();
		assertThat(cursor()).isEqualTo("k4");
	}

	@Test
	void aMalformedPageStopsTheRunWithoutMovingTheCursor() {
		console.page("", "m1", filing("MF-1"));
		console.wireMock().stubFor(get(urlPathEqualTo("/api/v1/filings")).withQueryParam("after", equalTo("m1"))
			.willReturn(okJson("{\"itemz\": []}")));

		assertThatThrownBy(this::collect).hasRootCauseMessage(
				"Malformed console page (console page after=m1): expected an object with an \"items\" array");
		assertThat(cursor()).isEqualTo("m1");
		assertThat(count("MF-%")).isEqualTo(1);
	}

	@Test
	void aFilingThatBreaksTheContractIsKeptAndReportedWithoutBlockingTheRestOfThePage() {
		ObjectNode broken = filing("BR-1");
		((ObjectNode) broken.get("entity")).remove("name");
		long rejectedBefore = filings.rejectedInputs();
		console.page("", "b2", broken, filing("BR-2"));
		console.page("b2", "b2");

		collect();

		assertThat(filings.findByConsoleFilingId("BR-1")).isEmpty();
		assertThat(filings.findByConsoleFilingId("BR-2")).isPresent();
		assertThat(filings.rejectedInputs()).isEqualTo(rejectedBefore + 1);
		assertThat(filings.events("BR-1")).singleElement()
			.satisfies(event -> assertThat(event).contains("\"type\":\"HELD\"", "$.entity.name"));
		assertThat(cursor()).isEqualTo("b2");
	}

	@Test
	void aFilingTheDatabaseRefusesIsKeptAsARejectedInputAndTheRestOfThePageIsStored() {
		// The contract sets no limit on repeated languages; 60 of them overflow the stored column.
		ObjectNode overlong = filing("DB-2");
		ArrayNode languages = ((ObjectNode) overlong.at("/websites/0")).putArray("languages");
		for (int i = 0; i < 60; i++) {
			languages.add("ZH_CN");
		}
		long rejectedBefore = filings.rejectedInputs();
		console.page("", "d3", filing("DB-1"), overlong, filing("DB-3"));
		console.page("d3", "d3");

		collect();

		assertThat(filings.findByConsoleFilingId("DB-1")).isPresent();
		assertThat(filings.findByConsoleFilingId("DB-3")).isPresent();
		assertThat(filings.findByConsoleFilingId("DB-2")).isEmpty();
		assertThat(filings.rejectedInputs()).isEqualTo(rejectedBefore + 1);
		assertThat(filings.events("DB-2")).singleElement()
			.satisfies(event -> assertThat(event).contains("\"type\":\"HELD\"", "could not be stored"));
		assertThat(cursor()).isEqualTo("d3");
	}

	@Test
	void aFilingWithARepeatedKeyIsKeptAsARejectedInputAndTheRestOfThePageIsStored() {
		// the same key twice: which value counts would depend on the parser, so the filing is refused
		String repeated = filing("DUP-2").toString().replaceFirst("\\{", "{\"consoleFilingId\": \"DUP-X\",");
		long rejectedBefore = filings.rejectedInputs();
		console.wireMock().stubFor(get(urlPathEqualTo("/api/v1/filings")).withQueryParam("after", equalTo(""))
			.willReturn(okJson("{\"items\": [" + filing("DUP-1") + "," + repeated + "," + filing("DUP-3")
					+ "], \"nextCursor\": \"u3\"}")));
		console.page("u3", "u3");

		collect();

		assertThat(filings.findByConsoleFilingId("DUP-1")).isPresent();
		assertThat(filings.findByConsoleFilingId("DUP-3")).isPresent();
		assertThat(filings.findByConsoleFilingId("DUP-2")).isEmpty();
		assertThat(filings.findByConsoleFilingId("DUP-X")).isEmpty();
		assertThat(filings.rejectedInputs()).isEqualTo(rejectedBefore + 1);
		assertThat(personalData.open(jdbc.queryForObject("select errors from rejected_input where source_ref = "
				+ "'console page after=' order by id desc limit 1", String.class)))
			.contains("Duplicate field 'consoleFilingId'");
		assertThat(cursor()).isEqualTo("u3");
	}

	@Test
	void aPageReadAgainAfterACrashKeepsAndAnnouncesItsRejectedFilingOnce() {
		// the cursor moves at the end of a page: a run killed mid-page reads the whole page again
		ObjectNode broken = filing("REREAD-2");
		((ObjectNode) broken.get("entity")).remove("address");
		console.page("", "r2", filing("REREAD-1"), broken);
		console.page("r2", "r2");
		long rejectedBefore = filings.rejectedInputs();

		collect();
		jdbc.update("delete from collection_cursor");
		collect();

		assertThat(filings.findByConsoleFilingId("REREAD-1")).isPresent();
		assertThat(filings.rejectedInputs()).isEqualTo(rejectedBefore + 1);
		assertThat(filings.events("REREAD-2")).singleElement()
			.satisfies(event -> assertThat(event).contains("\"type\":\"HELD\"", "$.entity.address"));
		assertThat(filings.events("REREAD-1")).isEmpty();
	}

	@Test
	void aPageWithMoreFilingsThanAskedForStopsTheRunWithoutStoringOrMovingTheCursor() {
		console.page("", "l4", filing("LIM-1"), filing("LIM-2"), filing("LIM-3"), filing("LIM-4"));

		assertThatThrownBy(this::collect).hasRootCauseMessage(
				"Malformed console page (console page after=): the page holds more than the 3 items asked for (limit=3)");
		assertThat(count("LIM-%")).isZero();
		assertThat(jdbc.queryForList("select cursor_value from collection_cursor", String.class)).isEmpty();
	}

	private void collect() {
		camel.requestBody("direct:collect-console", (Object) null);
	}

	private static ObjectNode filing(String id) {
		return aFirstFiling().withConsoleFilingId(id).build();
	}


	private int count(String pattern) {
		return jdbc.queryForObject("select count(*) from filing where console_filing_id like ?", Integer.class,
				pattern);
	}

	private String cursor() {
		return jdbc.queryForObject("select cursor_value from collection_cursor where source = 'console'",
				String.class);
	}

}
