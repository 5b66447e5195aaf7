package cn.beianbridge.filing.internal;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a single-row insert (or update) of a mapper XML once per row as one JDBC batch, in the caller's transaction:
 * Connector/J sends it as multi-row inserts (rewriteBatchedStatements, cut to max_allowed_packet). The rows are bound
 * by the statement's own parameter mappings, so type handlers (sealing, blind indexes) apply exactly as when the
 * statement runs alone. MyBatis's own foreach builds and parses the whole SQL text anew for every page: that cost more CPU
 * than the database spent on the rows.
 */
@Component
class BatchedInserts {

	private final SqlSessionTemplate sessions;

	private final JdbcTemplate jdbc;

	BatchedInserts(SqlSessionTemplate sessions, JdbcTemplate jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	/** The single-row inserts of FilingMapper.xml that are batched, each with the name it gives its row. */
	enum Insert {

		FILING("insertFiling", "f"), WEBSITE("insertWebsite", "s"), DOMAIN("insertDomain", "d"),
		IP_RANGE("insertIpRange", "r"), ATTACHMENT("insertAttachment", "n"), HISTORY("insertHistory", "h"),
		REASON("insertReason", "n"),
		/** INSERT IGNORE: bytes another intake stored a moment ago stay as they are. */
		CONTENT("insertAttachmentContent", "c");

		private final String statement;

		private final String row;

		Insert(String statement, String row) {
			this.statement = statement;
			this.row = row;
		}

	}

	void insert(Insert insert, List<?> rows) {
		insert(FilingMapper.class, insert.statement, insert.row, rows);
	}

	/**
	 * @param statement the insert, by mapper and id; its SQL must not depend on the row (no dynamic elements)
	 * @param name the name the statement gives its row ({@code #{name.property}})
	 */
	void insert(Class<?> mapper, String statement, String name, List<?> rows) {
		batch(mapper, statement, name, rows);
	}

	/**
	 * Runs a single-row update once per row as one JDBC batch (one round trip: Connector/J sends the batch as one
	 * multi-statement), in the caller's transaction.
	 *
	 * @return the rows each row's update changed, in the rows' order ({@link java.sql.Statement#SUCCESS_NO_INFO} where
	 * the driver cannot tell)
	 */
	int[] update(String statement, String name, List<?> rows) {
		return batch(FilingMapper.class, statement, name, rows);
	}

	private int[] batch(Class<?> mapper, String statement, String name, List<?> rows) {
		if (rows.isEmpty()) {
			return new int[0];
		}
		MappedStatement insert = sessions.getConfiguration().getMappedStatement(mapper.getName() + "." + statement);
		int[] counts = jdbc.execute((ConnectionCallback<int[]>) connection -> {
			Map<String, Object> first = Map.of(name, rows.get(0));
			try (PreparedStatement prepared = connection.prepareStatement(insert.getBoundSql(first).getSql())) {
				for (Object row : rows) {
					Map<String, Object> parameter = Map.of(name, row);
					new DefaultParameterHandler(insert, parameter, insert.getBoundSql(parameter))
						.setParameters(prepared);
					prepared.addBatch();
				}
				return prepared.executeBatch();
			}
		});
		// the rows went past MyBatis: a select it cached earlier in this transaction must not answer without them
		sessions.clearCache();
		return counts;
	}

}
