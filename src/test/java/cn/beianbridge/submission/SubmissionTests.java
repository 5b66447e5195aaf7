package cn.beianbridge.submission;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;
import cn.beianbridge.support.OtherNode;
import cn.beianbridge.support.SimulatedBureausTestSupport;


import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** Filings submitted to the simulated bureaus, over real SOAP, on the embedded database. */
class SubmissionTests extends SimulatedBureausTestSupport {

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	BureauClients clients;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void waitingFilingsGoInOneFileEarliestDeadlineFirstAndAreSubmittedWithTheirEvents() {
		long later = store("33", "SUB-A", "2026-11-27T10:00:00+08:00");
		long earliest = store("33", "SUB-B", "2026-11-26T10:00:00+08:00");
		long middle = store("33", "SUB-C", "2026-11-26T18:00:00+08:00");
		long sequenceBefore = bureauSequence("33");

		ProvinceSubmission run = submitter.submit("33");

		assertThat(run.filesAccepted()).isEqualTo(1);
		assertThat(run.filingsSubmitted()).isEqualTo(3);
		assertThat(List.of(later, earliest, middle))
			.allSatisfy(id -> assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED));
		assertThat(jdbc.queryForList("select filing_id from upload_batch_filing f join upload_batch b on b.id = "
				+ "f.batch_id where b.province = '33' and b.data_sequence = ? order by f.ordinal", Long.class,
				sequenceBefore + 1)).containsExactly(earliest, middle, later);
		assertThat(bureauSequence("33")).isEqualTo(sequenceBefore + 1);
		assertThat(filings.events("SUB-B")).singleElement().satisfies(event -> assertThat(event)
			.contains("\"type\":\"SUBMITTED\"", "\"submissionDeadline\":\"2026-11-28T00:00:00+08:00\""));
		assertThat(filings.history(earliest)).extracting(h -> h.toState())
			.containsExactly(FilingState.RECEIVED, FilingState.BATCHED, FilingState.SUBMITTED);
	}

	@Test
	void aLostReplyIsSettledByAskingTheBureauAndTheFileIsNotSentTwice() {
		long id = store("35", "SUB-LOST", "2026-11-27T10:00:00+08:00");
		long sequenceBefore = bureauSequence("35");
		simulator.faults("35").dropUploadReplies(1);

		ProvinceSubmission run = submitter.submit("35");

		assertThat(run.filingsSubmitted()).isEqualTo(1);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(bureauSequence("35")).isEqualTo(sequenceBefore + 1);
		assertThat(jdbc.queryForObject("select count(*) from sim_upload where province = '35'", Integer.class))
			.isEqualTo((int) sequenceBefore + 1);
	}

	@Test
	void aBusyBureauGetsTheSameFileWithTheSameNumberOnTheNextRun() {
		long id = store("44", "SUB-BUSY", "2026-11-27T10:00:00+08:00");
		long sequenceBefore = bureauSequence("44");
		simulator.faults("44").maintenanceUploads(true);

		ProvinceSubmission busy = submitter.submit("44");

		assertThat(busy.filesAccepted()).isZero();
		assertThat(busy.filesWaiting()).isEqualTo(1);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.BATCHED);
		simulator.faults("44").reset();

		ProvinceSubmission next = submitter.submit("44");

		assertThat(next.filingsSubmitted()).isEqualTo(1);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(bureauSequence("44")).isEqualTo(sequenceBefore + 1);
		assertThat(jdbc.queryForObject("select attempts from upload_batch b join upload_batch_filing f on "
				+ "f.batch_id = b.id where f.filing_id = ?", Integer.class, id)).isEqualTo(2);
	}

	@Test
	void aSequenceGapIsReconciledWithTheBureauBeforeTheFileGoesAgain() {
		store("36", "SUB-GAP-1", "2026-11-27T10:00:00+08:00");
		submitter.submit("36");
		long accepted = bureauSequence("36");
		// our counter ran ahead of the bureau's (say, a restored backup): the next file would leave a gap
		jdbc.update("update data_sequence set last_assigned = last_assigned + 3 where province = '36'");
		long id = store("36", "SUB-GAP-2", "2026-11-27T11:00:00+08:00");

		ProvinceSubmission refused = submitter.submit("36");

		assertThat(refused.filesAccepted()).isZero();
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.BATCHED);

		ProvinceSubmission next = submitter.submit("36");

		assertThat(next.filingsSubmitted()).isEqualTo(1);
		assertThat(bureauSequence("36")).isEqualTo(accepted + 1);
		assertThat(jdbc.queryForList("select data_sequence from sim_upload where province = '36' order by 1", Long.class))
			.as("gapless, the renumbered file last")
			.isEqualTo(java.util.stream.LongStream.rangeClosed(1, accepted + 1).boxed().toList());
	}

	@Test
	void aProvinceWhoseLeaseARunOfAnotherNodeHoldsIsSkippedAsBusy() {
		store("11", "SUB-LEASE", "2026-11-27T10:00:00+08:00");
		OtherNode other = OtherNode.running(jdbc, clock, "another-node");
		other.holds("submit", "11");

		ProvinceSubmission run = submitter.submit("11");

		assertThat(run.busy()).isTrue();
		assertThat(run.skipped()).startsWith("lease held by another-node#");
		assertThat(filings.findByConsoleFilingId("SUB-LEASE").orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		other.releases("submit", "11");
	}

	private long store(String province, String consoleFilingId, String photoApprovedAt) {
		IntakeResult result = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId)
			.photoApprovedAt(photoApprovedAt).bytes(), IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	private long bureauSequence(String province) {
		BureauReply reply = clients.get(province).queryPreviousUpload();
		assertThat(reply).isInstanceOf(BureauReply.Answered.class);
		return ((BureauReply.Answered) reply).bureauReturn().fileInfo().dataSequence();
	}

}
