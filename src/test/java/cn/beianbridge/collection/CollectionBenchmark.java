package cn.beianbridge.collection;

import java.lang.management.ManagementFactory;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.province.Province;
import cn.beianbridge.support.FakeConsole;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;


/**
 * How fast collection stores console filings into MariaDB, beside the raw batched-insert rate of the very
 * same rows. Run: {@code ./mvnw verify -Pbenchmark -Dit.test=CollectionBenchmark [-Dbenchmark.filings=5000]}
 */
@SpringBootTest
@ActiveProfiles("test")
class CollectionBenchmark {

	static final int FILINGS = Integer.getInteger("benchmark.filings", 5_000);

	/**
	 * Filings collected, then thrown away, before the measured run: on two shared cores the JIT compiling the route's
	 * code took twice the CPU of the collecting thread itself during a cold run, and the raw inserts that follow run
	 * warm. A bridge collecting all day runs warm.
	 */
	static final int WARMUP = Integer.getInteger("benchmark.warmup", 2_000);

	/** Production's default (bridge.console.page-size). */
	static final int PAGE = 50;

	static final List<Province> PROVINCES = ConfiguredProvinces.catalogue().all();

	static final FakeConsole console = new FakeConsole();

	static final List<String> TABLES = List.of("attachment_content", "filing", "website", "website_domain",
			"website_ip_range", "filing_attachment", "filing_history", "filing_reason", "filing_event");


	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_bench", registry);
		registry.add("bridge.console.base-url", console::baseUrl);
		registry.add("bridge.console.page-size", () -> PAGE);
		registry.add("bridge.console.max-pages-per-run", () -> 100_000);
		registry.add("logging.level.cn.beianbridge.filing", () -> "WARN");
	}

	@AfterAll
	static void stopConsole() {
		console.stop();
	}

	@Autowired
	ProducerTemplate camel;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void collectionRateBesideRawBatchedInserts() {
		servePages("WARM-", WARMUP);
		camel.requestBody("direct:collect-console", (Object) null);
		empty();
		jdbc.update("delete from collection_cursor");
		console.reset();
		servePages("BENCH-", FILINGS);

		long start = System.nanoTime();
		long cpu = processCpuNanos();
		camel.requestBody("direct:collect-console", (Object) null);
		double collectSeconds = (System.nanoTime() - start) / 1e9;
		double collectCpu = (processCpuNanos() - cpu) / 1e9;
		int stored = jdbc.queryForObject("select count(*) from filing", Integer.class);

		Map<String, Table> rows = snapshot();
		empty();
		start = System.nanoTime();
		cpu = processCpuNanos();
		rows.forEach(this::insertBatched);
		double rawSeconds = (System.nanoTime() - start) / 1e9;
		double rawCpu = (processCpuNanos() - cpu) / 1e9;
		long rowCount = rows.values().stream().mapToLong(t -> t.rows().size()).sum();

		System.out.printf("%nCollection benchmark (MariaDB, %d filings, pages of %d)%n", stored, PAGE);
		System.out.printf("  collect route (HTTP + contract + rules + MyBatis): %8.2f s  %8.0f filings/s%n",
				collectSeconds, stored / collectSeconds);
		System.out.printf("  raw JDBC batched inserts of the same %d rows:       %8.2f s  %8.0f filings/s%n",
				rowCount, rawSeconds, stored / rawSeconds);
		System.out.printf("  collect/raw = %.2f (goal: at least 0.5)%n", rawSeconds / collectSeconds);
		// where the wall time went on a shared machine: this JVM's own CPU (the console's pages are served in it too)
		System.out.printf("  this JVM's CPU: collect %.2f s (%.2f ms per filing), raw %.2f s%n%n", collectCpu,
				collectCpu * 1000 / stored, rawCpu);
		if (stored != FILINGS) {
			throw new AssertionError("expected " + FILINGS + " stored filings, found " + stored);
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private void empty() {
		jdbc.execute("SET FOREIGN_KEY_CHECKS = 0");
		TABLES.forEach(table -> jdbc.execute("TRUNCATE TABLE " + table));
		jdbc.execute("SET FOREIGN_KEY_CHECKS = 1");
	}

	private void servePages(String prefix, int filings) {
		for (int from = 0; from <= filings; from += PAGE) {
			List<ObjectNode> items = new ArrayList<>();
			for (int i = from; i < Math.min(filings, from + PAGE); i++) {
				String province = PROVINCES.get(i % PROVINCES.size()).code();
				items.add(FilingJson.aFirstFiling().withConsoleFilingId(prefix + i).inProvince(province).build());
			}
			console.page(from == 0 ? "" : Integer.toString(from), Integer.toString(Math.min(filings, from + PAGE)),
					items.toArray(ObjectNode[]::new));
		}
	}

	private Map<String, Table> snapshot() {
		Map<String, Table> tables = new LinkedHashMap<>();
		for (String table : TABLES) {
			tables.put(table, jdbc.query("select * from " + table, rs -> {
				ResultSetMetaData meta = rs.getMetaData();
				List<String> columns = new ArrayList<>();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					columns.add(meta.getColumnName(c));
				}
				List<Object[]> rows = new ArrayList<>();
				while (rs.next()) {
					Object[] row = new Object[columns.size()];
					for (int c = 0; c < row.length; c++) {
						row[c] = rs.getObject(c + 1);
					}
					rows.add(row);
				}
				return new Table(columns, rows);
			}));
		}
		return tables;
	}

	private void insertBatched(String table, Table content) {
		String sql = "INSERT INTO " + table + " (" + String.join(",", content.columns()) + ") VALUES ("
				+ String.join(",", content.columns().stream().map(c -> "?").toList()) + ")";
		for (int from = 0; from < content.rows().size(); from += 500) {
			List<Object[]> batch = content.rows().subList(from, Math.min(content.rows().size(), from + 500));
			transactions.executeWithoutResult(status -> jdbc.batchUpdate(sql, batch));
		}
	}

	record Table(List<String> columns, List<Object[]> rows) {
	}

}
