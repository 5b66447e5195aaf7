package cn.beianbridge.submission;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database floor of a submit run: the state writes the run made, read back afterwards and written again with
 * raw JDBC into fresh copies of their tables ({@code floor_*}, made with {@code CREATE TABLE ... LIKE}: same columns
 * and indexes, no foreign keys), batched, in the run's three transactions per file:
 * <ol>
 * <li>built: the {@code upload_batch} row, its {@code upload_batch_part} rows (each part's sealed text as as many
 * bytes made by the server, a statement each as the run writes them), its
 * {@code upload_batch_filing} links, its first {@code upload_batch_move},
 * its filings RECEIVED → BATCHED (guarded updates, one JDBC batch) and their {@code filing_history} rows;</li>
 * <li>uploading: the file's state and its move;</li>
 * <li>accepted: the file's state and its move, its filings BATCHED → SUBMITTED and their history and
 * {@code filing_event} rows.</li>
 * </ol>
 * Provinces go on as many threads as the run's grid, each province's files in sequence order. Not replayed: reads,
 * leases, sequences, password checks and Spring Batch's own rows: what the floor leaves out, the run must still do.
 */
final class FloorReplay {

	private static final List<String> TABLES = List.of("filing", "upload_batch", "upload_batch_part",
			"upload_batch_filing", "upload_batch_move", "filing_history", "filing_event");

	private final long historyBefore;

	private final long eventsBefore;

	private FloorReplay(long historyBefore, long eventsBefore) {
		this.historyBefore = historyBefore;
		this.eventsBefore = eventsBefore;
	}

	/** Marks where the run's history and events start (before the run: nothing of the floor is timed here). */
	static FloorReplay before(JdbcTemplate jdbc) {
		return new FloorReplay(max(jdbc, "filing_history"), max(jdbc, "filing_event"));
	}

	/** Seconds the replay took; the rows it wrote are checked against the run's. */
	double replay(JdbcTemplate jdbc, String url, int threads) throws Exception {
		for (String table : TABLES) {
			jdbc.execute("DROP TABLE IF EXISTS floor_" + table);
			jdbc.execute("CREATE TABLE floor_" + table + " LIKE " + table);
		}
		// the filings as they were before the run: waiting
		jdbc.execute("INSERT INTO floor_filing SELECT * FROM filing");
		jdbc.execute("UPDATE floor_filing SET state = 'RECEIVED'");
		Map<String, List<File>> provinces = files(jdbc);
		ConcurrentLinkedQueue<List<File>> queue = new ConcurrentLinkedQueue<>(provinces.values());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				done.add(pool.submit(() -> {
					try (Connection connection = DriverManager.getConnection(url, "root", "")) {
						connection.setAutoCommit(false);
						List<File> province;
						while ((province = queue.poll()) != null) {
							for (File file : province) {
								file.replay(connection);
							}
						}
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		for (String table : List.of("upload_batch_part", "upload_batch_filing", "upload_batch_move")) {
			check(jdbc, table, "select count(*) from " + table);
		}
		check(jdbc, "filing_history", "select count(*) from filing_history where id > " + historyBefore);
		check(jdbc, "filing_event", "select count(*) from filing_event where id > " + eventsBefore);
		Long submitted = jdbc.queryForObject("select count(*) from floor_filing where state = 'SUBMITTED'", Long.class);
		if (!submitted.equals(jdbc.queryForObject("select count(*) from filing where state = 'SUBMITTED'", Long.class))) {
			throw new IllegalStateException("floor replay: " + submitted + " filings SUBMITTED, not as the run's");
		}
		for (String table : TABLES) {
			jdbc.execute("DROP TABLE floor_" + table);
		}
		return seconds;
	}

	private static void check(JdbcTemplate jdbc, String table, String countOfRun) {
		Long run = jdbc.queryForObject(countOfRun, Long.class);
		Long replayed = jdbc.queryForObject("select count(*) from floor_" + table, Long.class);
		if (!run.equals(replayed)) {
			throw new IllegalStateException("floor replay: " + replayed + " rows of " + table + ", the run wrote " + run);
		}
	}

	/** The run's files by province, in sequence order, with the rows they wrote. */
	private Map<String, List<File>> files(JdbcTemplate jdbc) {
		Rows batches = Rows.read(jdbc, "upload_batch", "select * from upload_batch order by province, data_sequence");
		// a file's stored bytes (GBs in all with realistic scans) stay on the server: each part's are written again there
		Rows parts = Rows.read(jdbc, "upload_batch_part", "select id, batch_id, part, octet_length(sealed) as bytes "
				+ "from upload_batch_part order by batch_id, part");
		Map<Object, List<Object[]>> partsOf = parts.by("batch_id");
		Rows links = Rows.read(jdbc, "upload_batch_filing", "select * from upload_batch_filing order by batch_id, ordinal");
		Rows moves = Rows.read(jdbc, "upload_batch_move", "select * from upload_batch_move order by id");
		Rows history = Rows.read(jdbc, "filing_history",
				"select * from filing_history where id > " + historyBefore + " order by id");
		Rows events = Rows.read(jdbc, "filing_event", "select * from filing_event where id > " + eventsBefore
				+ " order by id");
		Map<Object, List<Object[]>> linksOf = links.by("batch_id");
		Map<Object, List<Object[]>> movesOf = moves.by("batch_id");
		Map<Object, List<Object[]>> historyOf = history.by("filing_id");
		Map<Object, List<Object[]>> eventsOf = events.by("filing_id");
		Map<String, List<File>> provinces = new LinkedHashMap<>();
		for (Object[] batch : batches.values()) {
			Object id = batch[batches.column("id")];
			List<Object[]> own = linksOf.getOrDefault(id, List.of());
			List<Object> filingIds = own.stream().map(l -> l[links.column("filing_id")]).toList();
			List<Object[]> fileHistory = filingIds.stream().flatMap(f -> historyOf.getOrDefault(f, List.of()).stream())
				.toList();
			List<Object[]> fileEvents = filingIds.stream().flatMap(f -> eventsOf.getOrDefault(f, List.of()).stream())
				.toList();
			File file = new File(batches.only(batch), links.only(own), moves.only(movesOf.getOrDefault(id, List.of())),
					filingIds, history.only(fileHistory.stream().filter(h -> "BATCHED".equals(h[history.column("to_state")]))
						.toList()),
					history.only(fileHistory.stream().filter(h -> "SUBMITTED".equals(h[history.column("to_state")]))
						.toList()),
					events.only(fileEvents), id, parts.only(partsOf.getOrDefault(id, List.of())));
			provinces.computeIfAbsent((String) batch[batches.column("province")], p -> new ArrayList<>()).add(file);
		}
		return provinces;
	}

	private static long max(JdbcTemplate jdbc, String table) {
		Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
		return max == null ? 0 : max;
	}

	/** One file's rows, as the run wrote them. */
	private record File(Rows batch, Rows links, Rows moves, List<Object> filingIds, Rows batched, Rows submitted,
			Rows events, Object id, Rows parts) {

		void replay(Connection connection) throws SQLException {
			inTransaction(connection, () -> {
				// built
				batch.insert(connection, "floor_upload_batch", Map.of("state", "BUILT"));
				try (PreparedStatement part = connection.prepareStatement(
						"INSERT INTO floor_upload_batch_part (id, batch_id, part, sealed) VALUES (?, ?, ?, REPEAT('A', ?))")) {
					for (Object[] row : parts.values()) {
						part.setObject(1, row[parts.column("id")]);
						part.setObject(2, id);
						part.setObject(3, row[parts.column("part")]);
						part.setObject(4, row[parts.column("bytes")]);
						part.executeUpdate();
					}
				}
				links.insert(connection, "floor_upload_batch_filing", Map.of());
				moves.first().insert(connection, "floor_upload_batch_move", Map.of());
				move(connection, "RECEIVED", "BATCHED");
				batched.insert(connection, "floor_filing_history", Map.of());
			});
			inTransaction(connection, () -> {
				// uploading
				state(connection, "BUILT", "UPLOADING");
				moves.at(1).insert(connection, "floor_upload_batch_move", Map.of());
			});
			inTransaction(connection, () -> {
				// accepted
				state(connection, "UPLOADING", "ACCEPTED");
				moves.from(2).insert(connection, "floor_upload_batch_move", Map.of());
				move(connection, "BATCHED", "SUBMITTED");
				submitted.insert(connection, "floor_filing_history", Map.of());
				events.insert(connection, "floor_filing_event", Map.of());
			});
		}

		/** Commits the writes; one InnoDB picked as a deadlock's victim is rolled back and written again, as the run would. */
		private static void inTransaction(Connection connection, Writes writes) throws SQLException {
			for (int attempt = 1;; attempt++) {
				try {
					writes.run();
					connection.commit();
					return;
				}
				catch (SQLException ex) {
					connection.rollback();
					if (!"40001".equals(ex.getSQLState()) || attempt == 20) {
						throw ex;
					}
					try {
						Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 50));
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						throw ex;
					}
				}
			}
		}

		private interface Writes {

			void run() throws SQLException;

		}

		private void move(Connection connection, String from, String to) throws SQLException {
			try (PreparedStatement update = connection.prepareStatement("UPDATE floor_filing SET state = ?, "
					+ "updated_at = NOW(6), version = version + 1 WHERE id = ? AND state = ?")) {
				for (Object filingId : filingIds) {
					update.setString(1, to);
					update.setObject(2, filingId);
					update.setString(3, from);
					update.addBatch();
				}
				int[] counts = update.executeBatch();
				long moved = java.util.Arrays.stream(counts).filter(c -> c == 1 || c == PreparedStatement.SUCCESS_NO_INFO)
					.count();
				if (moved != filingIds.size()) {
					throw new IllegalStateException("floor replay: file " + id + " moved " + moved + " of "
							+ filingIds.size() + " filings " + from + " -> " + to);
				}
			}
		}

		private void state(Connection connection, String from, String to) throws SQLException {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE floor_upload_batch SET state = ?, updated_at = NOW(6) WHERE id = ? AND state = ?")) {
				update.setString(1, to);
				update.setObject(2, id);
				update.setString(3, from);
				if (update.executeUpdate() != 1) {
					throw new IllegalStateException("floor replay: file " + id + " not " + from);
				}
			}
		}

	}

	/** Rows of one table, every column (the id included), as JDBC read them. */
	private record Rows(String table, List<String> columns, List<Object[]> values) {

		static Rows read(JdbcTemplate jdbc, String table, String sql) {
			return jdbc.query(sql, rs -> {
				ResultSetMetaData meta = rs.getMetaData();
				List<String> columns = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
				}
				List<Object[]> values = new ArrayList<>();
				while (rs.next()) {
					values.add(row(rs, columns.size()));
				}
				return new Rows(table, columns, values);
			});
		}

		private static Object[] row(ResultSet rs, int columns) throws SQLException {
			Object[] row = new Object[columns];
			for (int i = 0; i < columns; i++) {
				row[i] = rs.getObject(i + 1);
			}
			return row;
		}

		int column(String name) {
			int index = columns.indexOf(name);
			if (index < 0) {
				throw new IllegalArgumentException(table + " has no column " + name);
			}
			return index;
		}

		Map<Object, List<Object[]>> by(String column) {
			int index = column(column);
			return values.stream().filter(v -> v[index] != null)
				.collect(Collectors.groupingBy(v -> v[index], LinkedHashMap::new, Collectors.toList()));
		}

		Rows only(Object[] row) {
			return only(Collections.singletonList(row));
		}

		Rows only(List<Object[]> rows) {
			return new Rows(table, columns, rows);
		}

		Rows first() {
			return at(0);
		}

		Rows at(int index) {
			return only(index < values.size() ? Collections.singletonList(values.get(index)) : List.<Object[]>of());
		}

		Rows from(int index) {
			return only(index < values.size() ? values.subList(index, values.size()) : List.<Object[]>of());
		}

		/** One batched insert of these rows into {@code into}, with some columns' values replaced. */
		void insert(Connection connection, String into, Map<String, Object> replaced) throws SQLException {
			if (values.isEmpty()) {
				return;
			}
			String sql = "INSERT INTO " + into + " (" + String.join(", ", columns) + ") VALUES ("
					+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				for (Object[] row : values) {
					for (int i = 0; i < columns.size(); i++) {
						insert.setObject(i + 1, replaced.getOrDefault(columns.get(i), row[i]));
					}
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}

	}

}
