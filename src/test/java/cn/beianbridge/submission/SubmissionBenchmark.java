package cn.beianbridge.submission;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;

import cn.beianbridge.BeianBridgeApplication;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.support.TestClock;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the {@code submit} job takes to get N waiting filings (spread evenly over the 31 provinces) accepted by
 * the simulated bureaus over real SOAP, beside the lower bound that the bureaus' rate and latency impose; then the
 * same at N/10, to show how the cost grows. Every filing must end SUBMITTED, with gapless sequences per province.
 * <p>
 * Statements are counted twice: the bridge's own, by a counting wrapper around its DataSource
 * ({@link StatementCounter}: each execute, commit, rollback and change of auto-commit on any thread but the web
 * server's, where the simulated bureaus answer), and the server's global {@code Questions} (everything, the bureaus'
 * included). The floor beside the wall: a raw-JDBC replay, in the same run, of the state writes the run made (each
 * file's {@code upload_batch} row, its {@code upload_batch_filing} links and {@code upload_batch_move} rows, its
 * filings' two state moves as guarded updates, their {@code filing_history} rows and {@code filing_event} rows; not
 * the leases, sequences, reads or Spring Batch's own rows), read back after the run and written again into fresh
 * copies of those tables with batched statements, in the run's three transactions per file (built, uploading,
 * accepted), provinces on as many threads as the run's grid; plus the gateway bound. {@code floor = replay s +
 * gateway bound s}; floor/wall says how close the run comes to it (1 = at the floor).
 * Run: {@code ./mvnw verify -Pbenchmark -Dit.test=SubmissionBenchmark [-Dbenchmark.filings=100000
 * -Dbenchmark.rate=5 -Dbenchmark.latency-ms=200 -Dbenchmark.grid=4 -Dbenchmark.jdbc-options=&cachePrepStmts=true
 * -Dbenchmark.attachments=realistic -Dbenchmark.sim-payloads=false -DargLine=-Xmx512m]}
 * <p>
 * With realistic attachments the simulated bureaus run in a JVM of their own ({@code -Dbenchmark.separate-bureaus},
 * heap {@code -Dbenchmark.bureau-heap=3g}), as a real bureau is another machine: the heap figures are then the
 * bridge's alone, not the bridge's plus a bureau's SOAP tree of every file it receives.
 */
class SubmissionBenchmark {

	static final int FILINGS = Integer.getInteger("benchmark.filings", 100_000);

	static final double RATE = Double.parseDouble(System.getProperty("benchmark.rate", "5"));

	static final long LATENCY_MS = Long.getLong("benchmark.latency-ms", 200);

	static final int GRID = Integer.getInteger("benchmark.grid", 4);

	/** Appended to the JDBC URL, e.g. {@code &cachePrepStmts=true}, to try driver settings. */
	static final String JDBC_OPTIONS = System.getProperty("benchmark.jdbc-options", "");

	/**
	 * {@code realistic}: each template's three attachments are distinct incompressible scans (JPEG-like) of 30–150 KB
	 * (a site photo at most 100 KB, the interface's limit), shared by its clones as the same scan would be (by sha256),
	 * each file still carrying their bytes; {@code small} (the default): the builder's few bytes.
	 */
	static final boolean REALISTIC = "realistic".equals(System.getProperty("benchmark.attachments", "small"));

	/** Whether the simulated bureaus keep each file's beianInfo (a second copy of every payload on disk). */
	static final boolean SIM_PAYLOADS = Boolean.parseBoolean(System.getProperty("benchmark.sim-payloads",
			Boolean.toString(!REALISTIC)));

	/** Whether the simulated bureaus answer from a JVM of their own (by default with realistic attachments). */
	static final boolean SEPARATE_BUREAUS = Boolean.parseBoolean(System.getProperty("benchmark.separate-bureaus",
			Boolean.toString(REALISTIC)));

	/** The separate bureaus' heap: each upload arrives as one SOAP message, read whole. */
	static final String BUREAU_HEAP = System.getProperty("benchmark.bureau-heap", "3g");

	/** {@code bridge.submission.payload-budget}, e.g. {@code 400MB}; unset: the production default (half the heap). */
	static final String PAYLOAD_BUDGET = System.getProperty("benchmark.payload-budget", "");

	/** A province that still waits after this many runs is stuck (blocked, circuit open), not slow. */
	static final int MAX_RUNS = 20;

	static final String PREFIX = "BENCH-";

	@Test
	void submitJobAtTwoSizes() throws Exception {
		assertThat(FILINGS).as("benchmark.filings").isGreaterThanOrEqualTo(310);
		// The smaller size first: the larger one, which matters more, then runs on a warmed-up JIT, as a server would.
		Measurement small = measure(FILINGS / 10);
		Measurement large = measure(FILINGS);

		System.out.printf("%nSubmission benchmark (MariaDB, simulated bureaus over SOAP, 31 provinces, grid %d, "
				+ "%.1f calls/s and %d ms per call per bureau, max heap %d MB, %s attachments%s%s)%n", GRID, RATE, LATENCY_MS,
				Runtime.getRuntime().maxMemory() >> 20, REALISTIC ? "realistic (3 x 30-150 KB)" : "small",
				(SIM_PAYLOADS ? "" : ", simulator keeps no payloads")
						+ (SEPARATE_BUREAUS ? ", bureaus in a JVM of their own (" + BUREAU_HEAP + ")" : "")
						+ (PAYLOAD_BUDGET.isEmpty() ? "" : ", payload budget " + PAYLOAD_BUDGET),
				JDBC_OPTIONS.isEmpty() ? "" : ", JDBC " + JDBC_OPTIONS);
		System.out.println("  filings  runs  files   wall s  filings/s  gateway bound s  wall/bound  grid bound s  "
				+ "wall/grid bound  replay s  floor s  floor/wall  bridge SQL/filing  server SQL/filing  peak heap MB  "
				+ "max after GC MB  (setup s)");
		for (Measurement m : List.of(small, large)) {
			System.out.printf("  %7d  %4d  %5d  %7.1f  %9.0f  %15.1f  %10.1f  %12.1f  %15.1f  %8.2f  %7.2f  %10.2f  "
					+ "%17.2f  %17.1f  %12d  %15d  (%.1f)%n",
					m.filings(), m.runs(), m.files(), m.wallSeconds(), m.filings() / m.wallSeconds(),
					m.gatewayBoundSeconds(), m.wallSeconds() / m.gatewayBoundSeconds(), m.gridBoundSeconds(),
					m.wallSeconds() / m.gridBoundSeconds(), m.replaySeconds(), m.floorSeconds(),
					m.floorSeconds() / m.wallSeconds(), (double) m.bridgeStatements() / m.filings(),
					(double) m.statements() / m.filings(), m.peakHeapBytes() >> 20, m.peakAfterGcBytes() >> 20,
					m.setupSeconds());
		}
		System.out.printf("  gateway bound = slowest province's files x max(%d ms, 1/rate); grid bound = max(that, "
				+ "all files x the same / %d threads)%n", LATENCY_MS, GRID);
		System.out.println("  floor = replay s (raw JDBC, batched: the run's file rows, links, moves, state moves, "
				+ "history and events written again into fresh tables, grid threads) + gateway bound s");
		System.out.println("  bridge SQL/filing = the bridge's statements (executes, commits, rollbacks, auto-commit "
				+ "changes through its DataSource, not the bureaus') per filing; server SQL/filing = the MariaDB "
				+ "server's global Questions during the runs (simulated bureaus and anything else on the server "
				+ "included) per filing");
		System.out.println("  peak heap = used heap sampled every 100 ms, garbage included; max after GC = largest "
				+ "heap left after a collection (G1 leaves old-generation garbage until it marks: an upper bound)");
		System.out.printf("  x%.0f filings: wall x%.1f, ms per filing %.2f -> %.2f%n%n",
				(double) large.filings() / small.filings(), large.wallSeconds() / small.wallSeconds(),
				1000 * small.wallSeconds() / small.filings(), 1000 * large.wallSeconds() / large.filings());
	}

	private Measurement measure(int filings) throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_bench_submit_" + filings) + JDBC_OPTIONS;
		return measure(filings, url);
	}

	private Measurement measure(int filings, String url) throws Exception {
		if (!SEPARATE_BUREAUS) {
			return measure(filings, url, null);
		}
		try (SeparateBureaus bureaus = SeparateBureaus.start(url, filings)) {
			return measure(filings, url, bureaus);
		}
	}

	/** @param bureaus the bureaus' JVM, or null for the simulated bureaus in this one */
	private Measurement measure(int filings, String url, SeparateBureaus bureaus) throws Exception {
		StatementCounter counter = new StatementCounter();
		try (ConfigurableApplicationContext app = start(url, counter, bureaus)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<String> provinces = app.getBean(ProvinceCatalogue.class).enabled().stream().map(Province::code).toList();
			assertThat(provinces).as("enabled provinces").hasSize(31);
			if (bureaus == null) {
				BureauSimulator simulator = app.getBean(BureauSimulator.class);
				provinces.forEach(code -> simulator.faults(code).replyDelay(Duration.ofMillis(LATENCY_MS)));
			}
			else {
				bureaus.replyDelay(provinces, LATENCY_MS);
			}

			long setupStart = System.nanoTime();
			new WaitingFilings(jdbc, app.getBean(FilingIntake.class), provinces).load(filings);
			double setupSeconds = seconds(setupStart);
			System.out.printf("%d filings waiting in %d provinces (loaded in %.1f s); submitting...%n", filings,
					provinces.size(), setupSeconds);

			JobOperator jobs = app.getBean(JobOperator.class);
			Job submitJob = app.getBean("submitJob", Job.class);
			FloorReplay floor = FloorReplay.before(jdbc);
			HeapPeak heap = HeapPeak.start();
			long statementsBefore = serverStatements(jdbc);
			long bridgeBefore = counter.bridge();
			long start = System.nanoTime();
			int runs = 0;
			int deadlockedRuns = 0;
			do {
				runs++;
				assertThat(runs).as("runs until nothing waits (a province is stuck?)").isLessThanOrEqualTo(MAX_RUNS);
				JobExecution run = jobs.start(submitJob,
						new JobParametersBuilder().addLocalDateTime("run", LocalDateTime.now()).toJobParameters());
				if (run.getStatus() == BatchStatus.FAILED && onlyDeadlocks(run)) {
					// the next run takes the province again, as the scheduler's would a minute later; counted, printed
					deadlockedRuns++;
					System.out.printf("submit run %d: a province lost a deadlock (upload_batch's moves); run again%n",
							runs);
					continue;
				}
				assertThat(run.getStatus()).as("submit run %d: %s", runs, run.getAllFailureExceptions())
					.isEqualTo(BatchStatus.COMPLETED);
			}
			while (stillWaiting(jdbc) > 0);
			double wallSeconds = seconds(start);
			if (deadlockedRuns > 0) {
				System.out.printf("%d filings: %d of %d runs lost a deadlock and were run again%n", filings,
						deadlockedRuns, runs);
			}
			heap.stop();
			long statements = serverStatements(jdbc) - statementsBefore;
			long bridgeStatements = counter.bridge() - bridgeBefore;

			assertEverythingSubmittedInOrder(jdbc, provinces, filings);
			Map<String, Integer> files = jdbc.query("select province, count(*) from upload_batch group by province",
					rs -> {
						Map<String, Integer> byProvince = new TreeMap<>();
						while (rs.next()) {
							byProvince.put(rs.getString(1), rs.getInt(2));
						}
						return byProvince;
					});
			double perCall = Math.max(LATENCY_MS / 1000.0, 1 / RATE);
			int slowest = files.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			int total = files.values().stream().mapToInt(Integer::intValue).sum();
			double gatewayBound = slowest * perCall;
			double replaySeconds = floor.replay(jdbc, url, GRID);
			return new Measurement(filings, runs, total, wallSeconds, gatewayBound,
					Math.max(gatewayBound, total * perCall / GRID), statements, bridgeStatements, replaySeconds,
					heap.peakUsed(), heap.peakAfterGc(), setupSeconds);
		}
	}

	/** Whether every failure of the run is a transaction InnoDB chose as a deadlock's victim. */
	private static boolean onlyDeadlocks(JobExecution run) {
		return run.getAllFailureExceptions()
			.stream()
			.allMatch(failure -> failure instanceof DeadlockLoserDataAccessException
					|| failure.getCause() == null && String.valueOf(failure.getMessage()).contains("Partition handler"));
	}

	/**
	 * A 50 MB file is stored as about 90 MB of sealed Base64 in one statement: the server must take packets that large
	 * (its default, 16 MB, refuses it). Server-wide, for the connections opened from now on; production needs the same.
	 */
	/** Server-wide (other clients of the server count too): run it on an otherwise idle MariaDB. */
	private static long serverStatements(JdbcTemplate jdbc) {
		return jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", rs -> rs.next() ? rs.getLong(2) : 0L);
	}

	private static long stillWaiting(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from filing where state in ('RECEIVED', 'BATCHED')", Long.class)
				+ jdbc.queryForObject("select count(*) from upload_batch where state <> 'ACCEPTED'", Long.class);
	}

	/** Each filing in exactly one accepted file, the bureau's sequences 1..k per province, earliest deadlines first. */
	private static void assertEverythingSubmittedInOrder(JdbcTemplate jdbc, List<String> provinces, int filings) {
		assertThat(jdbc.queryForObject("select count(*) from filing where state = 'SUBMITTED'", Integer.class))
			.as("filings SUBMITTED").isEqualTo(filings);
		assertThat(jdbc.queryForObject("select count(*) from filing", Integer.class)).as("filings").isEqualTo(filings);
		assertThat(jdbc.queryForObject("select count(distinct f.filing_id) from upload_batch_filing f join upload_batch b"
				+ " on b.id = f.batch_id where b.state = 'ACCEPTED'", Integer.class))
			.as("filings in accepted files").isEqualTo(filings);
		assertThat(jdbc.queryForObject("select count(*) from upload_batch_filing", Integer.class))
			.as("filings packed once").isEqualTo(filings);
		for (String province : provinces) {
			List<Long> sequences = jdbc.queryForList(
					"select data_sequence from sim_upload where province = ? order by data_sequence", Long.class, province);
			int accepted = jdbc.queryForObject(
					"select count(*) from upload_batch where province = ? and state = 'ACCEPTED'", Integer.class, province);
			assertThat(sequences).as("province %s: the bureau's sequences, gapless, each once", province)
				.isNotEmpty()
				.isEqualTo(LongStream.rangeClosed(1, accepted).boxed().toList());
		}
		// files of a province in sequence order: none holds a deadline earlier than the previous file's latest
		List<Map<String, Object>> spans = jdbc.queryForList("select b.province, b.data_sequence, "
				+ "min(f.submission_deadline) earliest, max(f.submission_deadline) latest from upload_batch b "
				+ "join upload_batch_filing bf on bf.batch_id = b.id join filing f on f.id = bf.filing_id "
				+ "group by b.province, b.data_sequence order by b.province, b.data_sequence");
		for (int i = 1; i < spans.size(); i++) {
			Map<String, Object> previous = spans.get(i - 1);
			Map<String, Object> file = spans.get(i);
			if (previous.get("province").equals(file.get("province"))) {
				assertThat(timestamp(file, "earliest")).as("province %s, sequence %s: deadline-first", file.get("province"),
						file.get("data_sequence")).isAfterOrEqualTo(timestamp(previous, "latest"));
			}
		}
	}

	private static LocalDateTime timestamp(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
	}

	private static ConfigurableApplicationContext start(String url, StatementCounter statements,
			SeparateBureaus bureaus) {
		List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url,
				"spring.datasource.username=root", "spring.datasource.password=", "server.port=" + freePort(),
				"bridge.bureau.rate-per-second=" + RATE, "bridge.jobs.submit.grid-size=" + GRID,
				"spring.main.banner-mode=off", "bridge.submission.payload-budget=" + PAYLOAD_BUDGET,
				"logging.level.cn.beianbridge.filing=WARN"));
		if (bureaus == null) {
			properties.add("bridge.simulators.enabled=true");
			properties.addAll(SeparateBureaus.simulatorSettings());
		}
		else {
			properties.addAll(List.of("bridge.simulators.enabled=false", "bridge.gateway.endpoint=" + bureaus.endpoint()));
		}
		// as command-line arguments: they must win over the profile's files
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test")
			.initializers(TestClock.initializer(), (ApplicationContextInitializer<ConfigurableApplicationContext>) context ->
					context.getBeanFactory().addBeanPostProcessor(statements))
			.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Measurement(int filings, int runs, int files, double wallSeconds, double gatewayBoundSeconds,
			double gridBoundSeconds, long statements, long bridgeStatements, double replaySeconds, long peakHeapBytes,
			long peakAfterGcBytes, double setupSeconds) {

		double floorSeconds() {
			return replaySeconds + gatewayBoundSeconds;
		}

	}

	/**
	 * N valid RECEIVED filings. One per province goes through {@link FilingIntake} (so every table is filled as the
	 * application fills it); the rest are batched SQL copies of those, each with its own console id, unique domains
	 * and a deadline spread over three days so that deadline order is not insertion order. Setup, not measured:
	 * the intake takes a few ms per filing.
	 */
	record WaitingFilings(JdbcTemplate jdbc, FilingIntake intake, List<String> provinces) {

		void load(int filings) {
			List<Long> templates = provinces.stream().map(this::template).toList();
			jdbc.execute("CREATE TABLE bench_clone (n INT PRIMARY KEY, template_id BIGINT NOT NULL, filing_id BIGINT, "
					+ "INDEX ix_bench_template (template_id))");
			List<Object[]> clones = new ArrayList<>();
			for (int n = templates.size(); n < filings; n++) {
				clones.add(new Object[] { n, templates.get(n % templates.size()) });
				if (clones.size() == 5_000 || n == filings - 1) {
					jdbc.batchUpdate("INSERT INTO bench_clone (n, template_id) VALUES (?, ?)", clones);
					clones.clear();
				}
			}
			String shift = "INTERVAL (MOD(c.n * 7919, 4320) - 2160) MINUTE";
			copy("filing", "bench_clone c JOIN filing t ON t.id = c.template_id",
					Map.of("console_filing_id", "CONCAT('" + PREFIX + "', c.n)",
							"submission_deadline", "t.submission_deadline + " + shift,
							"photo_approved_at", "t.photo_approved_at + " + shift));
			jdbc.update("UPDATE bench_clone c JOIN filing f ON f.console_filing_id = CONCAT('" + PREFIX
					+ "', c.n) SET c.filing_id = f.id");
			String distinct = "REPLACE(t.%s, 'example', CONCAT('b', c.n, '-example'))";
			copy("website", "bench_clone c JOIN website t ON t.filing_id = c.template_id",
					Map.of("filing_id", "c.filing_id", "home_url", distinct.formatted("home_url")));
			String websites = "bench_clone c JOIN website tw ON tw.filing_id = c.template_id "
					+ "JOIN website nw ON nw.filing_id = c.filing_id AND nw.ordinal = tw.ordinal ";
			copy("website_domain", websites + "JOIN website_domain t ON t.website_id = tw.id",
					Map.of("website_id", "nw.id", "domain", distinct.formatted("domain")));
			copy("website_ip_range", websites + "JOIN website_ip_range t ON t.website_id = tw.id",
					Map.of("website_id", "nw.id"));
			copy("filing_attachment", "bench_clone c JOIN filing_attachment t ON t.filing_id = c.template_id",
					Map.of("filing_id", "c.filing_id"));
			copy("filing_history", "bench_clone c JOIN filing_history t ON t.filing_id = c.template_id",
					Map.of("filing_id", "c.filing_id"));
			jdbc.execute("DROP TABLE bench_clone");
			jdbc.execute("ANALYZE TABLE filing, website, website_domain, website_ip_range, filing_attachment, "
					+ "filing_history");
			verify(filings);
		}

		private long template(String province) {
			// valid in every province: Shanghai's app code, a domain certificate (Jiangsu wants one), one IP (the
			// builder's, Tianjin allows no more); one domain per filing, templates included
			ObjectNode filing = FilingJson.aFirstFiling().inProvince(province).withConsoleFilingId(PREFIX + "T-" + province)
				.verifiedTheProvincesWay().domains("p" + province + "-example1.cn").withDomainCertificates().build();
			if (REALISTIC) {
				realisticScans(filing, new Random(province.hashCode()));
			}
			IntakeResult result = intake.accept(filing, IntakeSource.PUSH, "benchmark");
			assertThat(result.outcome()).as("province %s: %s", province, result.reasons())
				.isEqualTo(IntakeResult.Outcome.STORED);
			return result.filingId();
		}

		/** Each attachment becomes a distinct incompressible scan of 30–150 KB (a site photo at most 100 KB). */
		private static void realisticScans(ObjectNode filing, Random random) {
			for (JsonNode node : filing.get("attachments")) {
				int largest = "SITE_PHOTO".equals(node.get("purpose").asText()) ? 100 * 1024 : 150 * 1024;
				byte[] scan = new byte[30 * 1024 + random.nextInt(largest - 30 * 1024 + 1)];
				random.nextBytes(scan);
				scan[0] = (byte) 0xFF; // a JPEG's start: compresses as little as one
				scan[1] = (byte) 0xD8;
				((ObjectNode) node).put("contentBase64", Base64.getEncoder().encodeToString(scan))
					.put("sha256", FilingJson.sha256(scan));
			}
		}

		/** INSERT ... SELECT of every column but the id; {@code t} is the template row in {@code from}. */
		private void copy(String table, String from, Map<String, String> overrides) {
			List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where "
					+ "table_schema = database() and table_name = ? and column_name <> 'id' order by ordinal_position",
					String.class, table);
			assertThat(columns).as("columns of %s", table).containsAll(overrides.keySet());
			String values = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
			jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + from);
		}

		private void verify(int filings) {
			Map<String, Long> expected = new LinkedHashMap<>();
			expected.put("select count(*) from filing where state = 'RECEIVED'", (long) filings);
			expected.put("select count(*) from website", (long) filings);
			expected.put("select count(distinct domain) from website_domain", (long) filings);
			expected.put("select count(*) from website_domain", (long) filings);
			expected.put("select count(*) from website_ip_range", (long) filings);
			expected.put("select count(*) from filing_attachment", 3L * filings);
			expected.put("select count(*) from filing_history", (long) filings);
			expected.forEach((sql, count) -> assertThat(jdbc.queryForObject(sql, Long.class)).as(sql).isEqualTo(count));
			// 7919 and 4320 are coprime: the clones' shifts take every minute of the three days
			assertThat(jdbc.queryForObject("select count(distinct submission_deadline) from filing", Long.class))
				.as("distinct deadlines").isGreaterThanOrEqualTo(Math.min(filings - provinces.size(), 4320L));
		}

	}

	/**
	 * The heap's peak during a run: used heap sampled every 100 ms (garbage included), and the largest heap left
	 * after any collection (what the run really holds).
	 */
	static final class HeapPeak {

		private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());

		private final AtomicLong peakUsed = new AtomicLong();

		private final AtomicLong peakAfterGc = new AtomicLong();

		private final Thread sampler;

		private final NotificationListener afterGc = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
					.filter(pool -> HEAP_POOLS.contains(pool.getKey()))
					.mapToLong(pool -> pool.getValue().getUsed())
					.sum();
				peakAfterGc.accumulateAndGet(used, Math::max);
			}
		};

		private HeapPeak() {
			System.gc(); // start from what the context holds, not from the setup's garbage
			ManagementFactory.getGarbageCollectorMXBeans()
				.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null));
			sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			sampler.setDaemon(true);
			sampler.start();
		}

		static HeapPeak start() {
			return new HeapPeak();
		}

		void stop() {
			sampler.interrupt();
			ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
				try {
					((NotificationEmitter) gc).removeNotificationListener(afterGc);
				}
				catch (javax.management.ListenerNotFoundException ex) {
					// never added: nothing to remove
				}
			});
		}

		long peakUsed() {
			return peakUsed.get();
		}

		long peakAfterGc() {
			return peakAfterGc.get();
		}

	}

}
