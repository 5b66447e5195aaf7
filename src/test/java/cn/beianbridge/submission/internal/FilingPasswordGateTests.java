package cn.beianbridge.submission.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;

import static cn.beianbridge.support.FilingJson.aNewAccessFiling;
import static cn.beianbridge.support.FilingJson.aNewWebsiteFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate before the file, against the simulated bureau over SOAP: what is asked, how often, and what the filing's
 * history shows. Hubei takes the plain password here; every other province the default MD5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.provinces.42.gateway.filing-password-check=PLAIN" })
@ActiveProfiles("test")
class FilingPasswordGateTests {

	@DynamicPropertySource
	static void fixedPort(DynamicPropertyRegistry registry) {
		int port = FreePort.next();
		registry.add("server.port", () -> port);
	}

	@Autowired
	FilingPasswordGate gate;

	@Autowired
	UploadRecords records;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void calm() {
		simulator.resetAll();
	}

	@Test
	void aCorrectPasswordIsNeverAskedAgain() {
		UploadRecord record = stored(aNewAccessFiling().inProvince("35").withWebsites(2), "GATE-OK");

		assertThat(gate.admit("35", List.of(record), new ArrayList<>())).containsExactly(record);
		simulator.faults("35").refusePasswordChecks(1, 22);

		assertThat(gate.admit("35", List.of(record), new ArrayList<>())).as("not asked: the refusal is not spent")
			.containsExactly(record);
		assertThat(checks("GATE-OK")).as("one check for the entity of both websites").isOne();
		assertThat(gate.admit("35", List.of(stored(aNewWebsiteFiling().inProvince("35"), "GATE-NEXT")),
				new ArrayList<>())).as("the refusal goes to the next check").isEmpty();
	}

	@Test
	void filingsOfOneEntityWithOnePasswordShareOneQuestion() {
		UploadRecord one = stored(aNewWebsiteFiling().inProvince("37"), "GATE-ONE");
		UploadRecord other = stored(aNewWebsiteFiling().inProvince("37"), "GATE-OTHER");
		simulator.faults("37").refusePasswordChecks(1, 22);

		assertThat(gate.admit("37", List.of(one, other), new ArrayList<>())).as("both got the one refused answer")
			.isEmpty();
		assertThat(gate.admit("37", List.of(one, other), new ArrayList<>())).containsExactly(one, other);
	}

	@Test
	void tooManyChecksLeaveTheFilingWaitingNotedOnceUntilAnAnswerComes() {
		UploadRecord record = stored(aNewWebsiteFiling().inProvince("36"), "GATE-WAIT");
		simulator.faults("36").refusePasswordChecks(2, 22);
		List<Long> waiting = new ArrayList<>();

		assertThat(gate.admit("36", List.of(record), waiting)).isEmpty();
		assertThat(gate.admit("36", List.of(record), waiting)).isEmpty();

		assertThat(waiting).containsExactly(record.ispZtid(), record.ispZtid());
		assertThat(filings.find(record.ispZtid()).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		assertThat(notes(record.ispZtid(), "waits for its filing password check")).singleElement()
			.satisfies(note -> assertThat(note.cause()).contains("msg_code 22"));

		assertThat(gate.admit("36", List.of(record), new ArrayList<>())).containsExactly(record);
		assertThat(checks("GATE-WAIT")).isEqualTo(3);
	}

	@Test
	void aProvinceTakingThePlainPasswordSendsTheFilingUncheckedSayingSoOnce() {
		UploadRecord record = stored(aNewWebsiteFiling().inProvince("42"), "GATE-PLAIN");
		simulator.faults("42").refusePasswordChecks(1, 22);

		assertThat(gate.admit("42", List.of(record), new ArrayList<>())).containsExactly(record);
		assertThat(gate.admit("42", List.of(record), new ArrayList<>())).containsExactly(record);

		assertThat(notes(record.ispZtid(), "not checked before sending")).singleElement()
			.satisfies(note -> assertThat(note.cause()).contains("plain text", "only its MD5"));
		assertThat(checks("GATE-PLAIN")).isZero();
	}

	private UploadRecord stored(FilingJson filing, String consoleFilingId) {
		IntakeResult result = intake.accept(filing.withConsoleFilingId(consoleFilingId).bytes(), IntakeSource.PUSH,
				"test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return records.of(result.filingId());
	}

	private int checks(String consoleFilingId) {
		long id = filings.findByConsoleFilingId(consoleFilingId).orElseThrow().id();
		return jdbc.queryForObject("select coalesce(max(checks), 0) from filing_password_check where filing_id = ?",
				Integer.class, id);
	}

	private List<HistoryEntry> notes(long id, String text) {
		return filings.history(id).stream().filter(entry -> entry.cause().contains(text)).toList();
	}

}
