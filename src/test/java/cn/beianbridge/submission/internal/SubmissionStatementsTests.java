package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadFileSplitter;
import cn.beianbridge.bureau.UploadLimits;
import cn.beianbridge.bureau.UploadPlan;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;
import cn.beianbridge.support.SimulatedBureausTestSupport;
import cn.beianbridge.support.StatementCounter;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file costs the same handful of statements whatever number of filings it carries (their reads, moves, history
 * and events go in bulk), and a bulk move keeps each filing's guard: one moved by someone else in between fails the
 * whole move, and nothing of it remains.
 */
@Import(StatementCounter.Configuration.class)
class SubmissionStatementsTests extends SimulatedBureausTestSupport {

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	StatementCounter statements;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	UploadBatches batches;

	@Autowired
	UploadRecords records;

	@Autowired
	UploadDocumentWriter writer;

	@Autowired
	BureauClients clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aFileOfTwoHundredFilingsCostsTheStatementsOfAFileOfTen() {
		submitted("65", "ST-WARM", 1); // the province's first file makes its sequence and lease rows

		long ten = submitted("65", "ST-TEN", 10);
		long twoHundred = submitted("65", "ST-200", 200);

		assertThat(twoHundred).as("statements of a file of 200 filings, beside one of 10 (%s)", ten).isEqualTo(ten);
		assertThat(ten).as("a run of one file: lease, sequence, file, moves, reads; about 40 today").isBetween(1L, 60L);
		assertThat(filings.events("ST-200-199")).filteredOn(e -> e.contains("\"SUBMITTED\"")).hasSize(1);
	}

	@Test
	void aFileWhoseFilingWasHeldInBetweenIsNotMadeAndItsOtherFilingsStillWait() {
		List<Long> ids = stored("64", "ST-GUARD", 3);
		UploadPlan plan = new UploadFileSplitter(writer, clients.get("64").payloadCodec(), UploadLimits.BUREAU, clock)
			.split("64", records.providerId(), ids.stream().map(records::of).toList());
		int filesBefore = files("64");
		transitions.held(ids.get(1), FilingState.RECEIVED, List.of(FilingHeld.filingPasswordWrongReason()), "operator",
				"held by hand while the file was built");

		assertThatThrownBy(() -> batches.create("64", plan.files().get(0), ids))
			.hasMessageContaining("Filing(s) " + ids.get(1) + " (HELD)").hasMessageContaining("no longer RECEIVED");

		assertThat(files("64")).as("no file, its dataSequence not taken").isEqualTo(filesBefore);
		assertThat(List.of(ids.get(0), ids.get(2))).allSatisfy(id -> {
			assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
			assertThat(filings.history(id)).hasSize(1);
		});
		assertThat(submitter.submit("64").filingsSubmitted()).as("the next run takes the two that wait").isEqualTo(2);
	}

	@Test
	void filingsOfAFileOneOfWhichWasMovedInBetweenAreNotSubmittedHalfway() {
		List<Long> ids = stored("63", "ST-HALF", 3);
		transitions.batched(ids, "test", "packed into a test file");
		transitions.held(ids.get(2), FilingState.BATCHED, List.of(FilingHeld.filingPasswordWrongReason()), "test",
				"left the file when it was rebuilt");

		assertThatThrownBy(() -> transitions.submitted(ids, "test", "taken by the bureau (test)"))
			.hasMessageContaining("Filing(s) " + ids.get(2) + " (HELD)").hasMessageContaining("no longer BATCHED");

		assertThat(List.of(ids.get(0), ids.get(1))).allSatisfy(id -> {
			assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.BATCHED);
			assertThat(filings.history(id)).hasSize(2);
		});
		assertThat(filings.events("ST-HALF-0")).noneMatch(e -> e.contains("\"SUBMITTED\""));
	}

	/** Statements the run of one file of n new filings sent, on this thread (the bureaus answer on others). */
	private long submitted(String province, String prefix, int n) {
		stored(province, prefix, n);
		long before = statements.onThisThread();
		ProvinceSubmission run = submitter.submit(province);
		long sent = statements.onThisThread() - before;
		assertThat(run.filesAccepted()).isEqualTo(1);
		assertThat(run.filingsSubmitted()).isEqualTo(n);
		return sent;
	}

	private List<Long> stored(String province, String prefix, int n) {
		return IntStream.range(0, n).mapToObj(i -> intake.accept(aFirstFiling().inProvince(province)
			.withConsoleFilingId(prefix + "-" + i).domains(prefix.toLowerCase() + "-" + i + ".cn").bytes(),
				IntakeSource.PUSH, "test").filingId()).toList();
	}

	private int files(String province) {
		return jdbc.queryForObject("select count(*) from upload_batch where province = ?", Integer.class, province);
	}


}
