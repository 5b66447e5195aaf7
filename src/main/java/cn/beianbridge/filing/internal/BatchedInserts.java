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
 * Runs a single-row insert of a mapper XML once per row as one JDBC batch, in the caller's transaction: Connector/J
 * sends it as multi-row inserts (rewriteBatchedStatements, cut to max_allowed_packet). The rows are bound by the
 * statement's own parameter mappings, so type handlers (sealing, blind indexes) apply exactly as when the statement
 * runs alone. MyBatis's own foreach builds and parses the whole SQL text anew for every page: that cost more CPU
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

	void filings(List<NewRows.NewFiling> rows) {
		insert(FilingMapper.class, "insertFiling", "f", rows);
	}

	void websites(List<NewRows.NewWebsite> rows) {
		insert(FilingMapper.class, "insertWebsite", "s", rows);
	}

	void domains(List<NewRows.NewDomain> rows) {
		insert(FilingMapper.class, "insertDomain", "d", rows);
	}

	void ipRanges(List<NewRows.NewIpRange> rows) {
		insert(FilingMapper.class, "insertIpRange", "r", rows);
	}

	/** INSERT IGNORE: bytes another intake stored a moment ago stay as they are. */
	void contents(List<NewRows.NewContent> rows) {
		insert(FilingMapper.class, "insertAttachmentContent", "c", rows);
	}

	void attachments(List<NewRows.NewAttachment> rows) {
		insert(FilingMapper.class, "insertAttachment", "n", rows);
	}

	void histories(List<NewRows.NewHistory> rows) {
		insert(FilingMapper.class, "insertHistory", "h", rows);
	}

	void reasons(List<NewRows.NewReason> rows) {
		insert(FilingMapper.class, "insertReason", "n", rows);
	}

	/**
	 * @param statement the insert, by mapper and id; its SQL must not depend on the row (no dynamic elements)
	 * @param name the name the statement gives its row ({@code #{name.property}})
	 */
	void insert(Class<?> mapper, String statement, String name, List<?> rows) {
		if (rows.isEmpty()) {
			return;
		}
		MappedStatement insert = sessions.getConfiguration().getMappedStatement(mapper.getName() + "." + statement);
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			Map<String, Object> first = Map.of(name, rows.get(0));
			try (PreparedStatement prepared = connection.prepareStatement(insert.getBoundSql(first).getSql())) {
				for (Object row : rows) {
					Map<String, Object> parameter = Map.of(name, row);
					new DefaultParameterHandler(insert, parameter, insert.getBoundSql(parameter)).setParameters(prepared);
					prepared.addBatch();
				}
				prepared.executeBatch();
			}
			return null;
		});
		// the rows went past MyBatis: a select it cached earlier in this transaction must not answer without them
		sessions.clearCache();
	}

}
