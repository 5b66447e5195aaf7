package cn.beianbridge.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.support.BridgeHttp;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** Intake and collection on the real MySQL protocol database (the local MariaDB), through Connector/J. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CollectionIntegrationTests {

	static final FakeConsole console = new FakeConsole();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_collection", registry);
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.intake.token", () -> "it-token");
		registry.add("bridge.console.token", () -> "it-console-token");
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	ProducerTemplate camel;

	@Autowired
	Filings filings;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void consoleFromTheStart() {
		jdbc.update("delete from collection_cursor");
	}

	@Test
	void flywayBuiltEveryTableOnMySql() {
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class))
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForList("show tables", String.class)).contains("filing", "filing_event",
				"BATCH_JOB_EXECUTION", "QRTZ_TRIGGERS");
	}

	@Test
	void consolePagesAreCollectedIntoMySqlWithChineseTextIntact() {
		ObjectNode unusual = aFirstFiling().withConsoleFilingId("IT-C-1").build();
		((ObjectNode) unusual.get("entity")).put("name", "喆堃<科技>&\"有限\"公司");
		console.page("", "n2", unusual, aFirstFiling().withConsoleFilingId("IT-C-2").inProvince("31").build());
		console.page("n2", "n2");

		camel.requestBody("direct:collect-console", (Object) null);

		long id = filings.findByConsoleFilingId("IT-C-1").orElseThrow().id();
		FilingDocument stored = filings.document(id).orElseThrow();
		assertThat(stored.entity().name()).isEqualTo("喆堃<科技>&\"有限\"公司");
		assertThat(filings.findByConsoleFilingId("IT-C-2").orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(filings.events("IT-C-2")).singleElement().satisfies(e -> assertThat(e).contains("HELD"));
	}

	@Test
	void aRowMySqlRefusesIsKeptAsARejectedInputWhileTheRestOfItsPageIsStored() {
		ObjectNode overlong = aFirstFiling().withConsoleFilingId("IT-DB-2").build();
		ArrayNode languages = ((ObjectNode) overlong.at("/websites/0")).putArray("languages");
		for (int i = 0; i < 60; i++) {
			languages.add("ZH_CN");
		}
		console.page("m", "m2", aFirstFiling().withConsoleFilingId("IT-DB-1").build(), overlong);
		console.page("m2", "m2");
		jdbc.update("insert into collection_cursor (source, cursor_value, updated_at) values ('console', 'm', now())");

		camel.requestBody("direct:collect-console", (Object) null);

		assertThat(filings.findByConsoleFilingId("IT-DB-1")).isPresent();
		assertThat(filings.findByConsoleFilingId("IT-DB-2")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from rejected_input where console_filing_id = 'IT-DB-2'",
				Integer.class)).isOne();
	}

	@Test
	void theSameFilingPushedByManyAtOnceIsStoredOnce() throws Exception {
		byte[] filing = aFirstFiling().withConsoleFilingId("IT-RACE-1").bytes();
		BridgeHttp http = new BridgeHttp(port);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Integer>> pushes = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			pushes.add(() -> http.post("/api/v1/filings", "it-token", filing).status());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> status : pool.invokeAll(pushes)) {
			statuses.add(status.get());
		}
		pool.shutdown();

		assertThat(statuses).containsOnly(200, 202).containsOnlyOnce(202);
		assertThat(jdbc.queryForObject("select count(*) from filing where console_filing_id = 'IT-RACE-1'",
				Integer.class)).isOne();
	}


}
