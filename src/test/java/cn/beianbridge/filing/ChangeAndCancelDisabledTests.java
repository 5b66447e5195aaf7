package cn.beianbridge.filing;

import static cn.beianbridge.support.FilingJson.aCancellation;
import static cn.beianbridge.support.FilingJson.aChange;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.support.SimulatedBureausTestSupport;

/** With the default settings a CHANGE or CANCEL is refused naming filingType, kept as a rejected input, and told once. */
class ChangeAndCancelDisabledTests extends SimulatedBureausTestSupport {

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangeIsRefusedNamingFilingTypeAndKept() {
		byte[] change = aChange().withConsoleFilingId("OFF-CHANGE").bytes();

		IntakeResult result = intake.accept(change, IntakeSource.PUSH, "push 1");
		IntakeResult again = intake.accept(change, IntakeSource.PUSH, "push 1");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);
		assertThat(result.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.filingType");
			assertThat(reason.text()).contains("CHANGE filings are not taken in",
					"bridge.intake.change-and-cancel.enabled is false");
		});
		assertThat(again.outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);
		assertThat(filings.findByConsoleFilingId("OFF-CHANGE")).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejected_input WHERE console_filing_id = 'OFF-CHANGE'",
				Integer.class)).isEqualTo(1);
		assertThat(filings.events("OFF-CHANGE")).singleElement()
			.satisfies(event -> assertThat(event).contains("\"HELD\"", "$.filingType", "change-and-cancel-disabled"));
	}

	@Test
	void aCancelIsRefusedLikewise() {
		byte[] cancel = aCancellation("ENTITY").put("consoleFilingId", "OFF-CANCEL").toString()
			.getBytes(StandardCharsets.UTF_8);

		IntakeResult result = intake.accept(cancel, IntakeSource.DROP_FOLDER, "cancel.json");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.REJECTED);
		assertThat(result.reasons()).extracting(Reason::field).containsExactly("$.filingType");
		assertThat(result.reasons().get(0).text()).startsWith("CANCEL filings are not taken in");
		assertThat(filings.findByConsoleFilingId("OFF-CANCEL")).isEmpty();
	}

}
