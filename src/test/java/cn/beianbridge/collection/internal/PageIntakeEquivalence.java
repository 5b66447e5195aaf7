package cn.beianbridge.collection.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.StatementCounter;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console page stored in one go ({@link PageIntake}) leaves exactly the rows, outcomes and console events that its
 * filings stored one by one leave (ids and timestamps aside), with a handful of statements for the whole page. Run on
 * H2 ({@link PageIntakeTests}) and on MariaDB ({@link PageIntakeIntegrationTests}).
 */
abstract class PageIntakeEquivalence {

	static final String REF = "console page after=p1";

	/** Rows a test leaves, children first; wiped before each run so that both runs start alike. */
	static final List<String> TABLES = List.of("filing_reason", "filing_event", "filing_history", "filing_attachment",
			"website_ip_range", "website_domain", "website", "filing_cancellation", "filing", "attachment_content",
			"rejected_input");

	@Autowired
	PageIntake pages;

	@Autowired
	StatementCounter statements;

	@Autowired
	FilingIntake intake;

	@Autowired
	PersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	/** Offered before each run: the page's already known filing. */
	private final byte[] known = aFirstFiling().withConsoleFilingId("PG-KNOWN").bytes();

	@BeforeEach
	void empty() {
		TABLES.forEach(table -> jdbc.update("delete from " + table));
	}

	@Test
	void aMixedPageStoresWhatItsFilingsStoredOneByOneStore() {
		List<byte[]> page = mixedPage();

		Outcomes together = run(() -> pages.store(page, IntakeSource.CONSOLE, REF));
		Outcomes alone = run(() -> page.stream().map(this::alone).toList());

		assertThat(together.results()).extracting(IntakeResult::outcome).containsExactly(IntakeResult.Outcome.STORED,
				IntakeResult.Outcome.HELD, IntakeResult.Outcome.REJECTED, IntakeResult.Outcome.ALREADY_KNOWN,
				IntakeResult.Outcome.ALREADY_KNOWN, IntakeResult.Outcome.STORED, IntakeResult.Outcome.ALREADY_KNOWN);
		assertThat(described(together.results())).isEqualTo(described(alone.results()));
		assertSameRows(together, alone);
		assertThat(together.rows().get("attachment_content")).hasSize(3);
		assertThat(together.rows().get("filing_event")).hasSize(2);
	}

	@Test
	void aPageWithAFilingTheDatabaseRefusesStoresTheRestAsOneByOne() {
		List<byte[]> page = new ArrayList<>(mixedPage());
		ObjectNode overlong = aFirstFiling().withConsoleFilingId("PG-TOO-LONG").build();
		ArrayNode languages = ((ObjectNode) overlong.at("/websites/0")).putArray("languages");
		for (int i = 0; i < 60; i++) {
			languages.add("ZH_CN");
		}
		page.add(2, overlong.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));

		Outcomes together = run(() -> pages.store(page, IntakeSource.CONSOLE, REF));
		Outcomes alone = run(() -> page.stream().map(this::alone).toList());

		assertThat(together.results().get(2).outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);
		assertThat(together.results().get(2).reasons().get(0).text()).contains("could not be stored");
		assertThat(described(together.results())).isEqualTo(described(alone.results()));
		assertSameRows(together, alone);
	}

	private static void assertSameRows(Outcomes together, Outcomes alone) {
		together.rows().forEach((table, rows) -> assertThat(rows).as(table).isEqualTo(alone.rows().get(table)));
	}

	@Test
	void aPageCostsAHandfulOfStatementsHoweverManyFilingsItHolds() {
		int few = statementsFor(page("FEW", 5));
		empty();
		int many = statementsFor(page("MANY", 50));

		// one query for the known filings, one statement per table written, ids read back once per table, and the
		// transaction's begin (auto-commit off), commit and auto-commit on
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(19);
	}

	private int statementsFor(List<byte[]> page) {
		long before = statements.onThisThread();
		List<IntakeResult> results = pages.store(page, IntakeSource.CONSOLE, REF);
		assertThat(results).extracting(IntakeResult::outcome)
			.containsOnly(IntakeResult.Outcome.STORED, IntakeResult.Outcome.HELD);
		return (int) (statements.onThisThread() - before);
	}

	/** Stored, and held by Shanghai's rules, by turns; every one with attachments of its own and shared ones. */
	private static List<byte[]> page(String prefix, int filings) {
		List<byte[]> page = new ArrayList<>();
		for (int i = 0; i < filings; i++) {
			page.add(aFirstFiling().withConsoleFilingId(prefix + "-" + i).inProvince(i % 2 == 0 ? "33" : "31")
				.withAttachment("OTHER", 100 + i).withWebsites(2).bytes());
		}
		return page;
	}

	/**
	 * Valid; held by a province rule; breaking the contract; stored before; the first again; valid with bytes of its
	 * own beside the ones every filing shares; the held one again.
	 */
	private List<byte[]> mixedPage() {
		ObjectNode broken = aFirstFiling().withConsoleFilingId("PG-BROKEN").build();
		((ObjectNode) broken.get("entity")).remove("name");
		byte[] valid = aFirstFiling().withConsoleFilingId("PG-1").withWebsites(2).ipRanges("10.0.0.1", "10.0.0.9")
			.bytes();
		byte[] held = aFirstFiling().inProvince("31").withConsoleFilingId("PG-HELD").bytes();
		return List.of(valid, held, broken.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), known, valid,
				aFirstFiling().withConsoleFilingId("PG-2").withAttachment("OTHER", 2_000).bytes(), held);
	}

	/** The rows of one run (after a filing stored before it, as the page's known one), then wiped for the next. */
	private Outcomes run(java.util.function.Supplier<List<IntakeResult>> intakeOfThePage) {
		empty();
		intake.accept(known, IntakeSource.PUSH, "before");
		List<IntakeResult> results = intakeOfThePage.get();
		Outcomes outcomes = new Outcomes(results, rows());
		empty();
		return outcomes;
	}

	/** What {@link PageIntake} does with each filing of a page that failed as a whole. */
	private IntakeResult alone(byte[] item) {
		try {
			return intake.accept(item, IntakeSource.CONSOLE, REF);
		}
		catch (DataIntegrityViolationException unstorable) {
			return intake.rejectUnstorable(item, IntakeSource.CONSOLE, REF,
					unstorable.getMostSpecificCause().getMessage());
		}
	}

	private static List<String> described(List<IntakeResult> results) {
		return results.stream().map(r -> r.outcome() + " " + r.consoleFilingId() + " " + r.state() + " "
				+ (r.filingId() == null) + " " + r.reasons()).toList();
	}

	/** Every row the intake wrote, by natural keys instead of ids, without timestamps, personal data opened. */
	private Map<String, List<Map<String, Object>>> rows() {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put("filing", select("select * from filing f order by console_filing_id", "received_at",
				"updated_at"));
		rows.put("website", select("select f.console_filing_id as of_filing, w.* from website w "
				+ "join filing f on f.id = w.filing_id order by of_filing, w.ordinal", "filing_id"));
		rows.put("website_domain", select("select f.console_filing_id as of_filing, w.ordinal as of_website, d.* "
				+ "from website_domain d join website w on w.id = d.website_id join filing f on f.id = w.filing_id "
				+ "order by of_filing, of_website, d.ordinal", "website_id"));
		rows.put("website_ip_range", select("select f.console_filing_id as of_filing, w.ordinal as of_website, r.* "
				+ "from website_ip_range r join website w on w.id = r.website_id join filing f on f.id = w.filing_id "
				+ "order by of_filing, of_website, r.ordinal", "website_id"));
		rows.put("filing_attachment", select("select f.console_filing_id as of_filing, a.* from filing_attachment a "
				+ "join filing f on f.id = a.filing_id order by of_filing, a.ordinal", "filing_id"));
		rows.put("attachment_content", select("select * from attachment_content order by sha256", "stored_at"));
		rows.put("filing_history", select("select f.console_filing_id as of_filing, h.* from filing_history h "
				+ "join filing f on f.id = h.filing_id order by of_filing, h.id", "filing_id", "occurred_at"));
		rows.put("filing_reason", select("select f.console_filing_id as of_filing, h.to_state as of_move, r.* "
				+ "from filing_reason r join filing_history h on h.id = r.history_id "
				+ "join filing f on f.id = r.filing_id "
				+ "order by of_filing, r.id", "filing_id", "history_id"));
		rows.put("filing_event", select("select console_filing_id, province, type, payload, filing_id is null as "
				+ "without_filing from filing_event order by console_filing_id, id"));
		rows.put("rejected_input", select("select * from rejected_input order by console_filing_id, id",
				"received_at"));
		return rows;
	}

	private List<Map<String, Object>> select(String sql, String... timestamps) {
		List<Map<String, Object>> rows = jdbc.queryForList(sql);
		for (Map<String, Object> row : rows) {
			row.remove("id");
			Arrays.stream(timestamps).forEach(row::remove);
			row.replaceAll((column, value) -> comparable(column, value));
		}
		return rows;
	}

	/** Sealed values opened (sealing them twice never gives the same bytes), an event without what varies. */
	private Object comparable(String column, Object value) {
		if (column.equalsIgnoreCase("payload")) {
			return withoutIdsAndTimes(personalData.open((String) value));
		}
		if (value instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(opened(bytes));
		}
		if (value instanceof String text && !column.endsWith("_bidx")) {
			try {
				return personalData.open(text);
			}
			catch (RuntimeException notSealed) {
				return text;
			}
		}
		return value;
	}

	private byte[] opened(byte[] bytes) {
		try {
			return personalData.open(bytes);
		}
		catch (RuntimeException notSealed) {
			return bytes;
		}
	}

	private static String withoutIdsAndTimes(String payload) {
		try {
			ObjectNode event = (ObjectNode) FilingJson.MAPPER.readTree(payload);
			event.remove(List.of("eventId", "occurredAt", "filingId"));
			return event.toString();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Outcomes(List<IntakeResult> results, Map<String, List<Map<String, Object>>> rows) {
	}

}
