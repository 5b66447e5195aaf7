package cn.beianbridge.submission.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadFileSplitter;
import cn.beianbridge.bureau.UploadLimits;
import cn.beianbridge.bureau.UploadPlan;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.UploadBatchState;
import cn.beianbridge.support.SimulatedBureausTestSupport;


import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node dies at each boundary of an upload; the next run must leave the bureau with every filing exactly
 * once, in files with gapless sequences. The states a crash leaves behind are made here step by step with
 * the same components the run uses (a process really killed mid-upload is for the MariaDB kill test).
 */
class SubmissionRestartTests extends SimulatedBureausTestSupport {

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	UploadBatches batches;

	@Autowired
	UploadRecords records;

	@Autowired
	UploadDocumentWriter writer;

	@Autowired
	BureauClients clients;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void diedAfterTheSequenceWasTakenBeforeTheFileWasCommitted() {
		// Taking the number and storing the file are one transaction: a death in between rolls both back.
		long id = storeFiling("61", "RS-TAKEN");
		int filesBefore = jdbc.queryForObject("select count(*) from upload_batch where province = '61'", Integer.class);
		try {
			transactions.executeWithoutResult(status -> {
				batches.create("61", planFor("61", id).files().get(0), List.of(id));
				throw new IllegalStateException("the node dies here");
			});
		}
		catch (IllegalStateException expected) {
			// as good as a crash for the database
		}
		assertThat(jdbc.queryForObject("select count(*) from upload_batch where province = '61'", Integer.class))
			.isEqualTo(filesBefore);

		assertThat(submitter.submit("61").filingsSubmitted()).isEqualTo(1);

		List<Long> received = jdbc.queryForList("select data_sequence from sim_upload where province = '61' order by 1",
				Long.class);
		assertThat(received).as("gapless: the rolled-back number was not lost")
			.isEqualTo(java.util.stream.LongStream.rangeClosed(1, received.size()).boxed().toList());
		assertThat(filings.findByConsoleFilingId("RS-TAKEN").orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
	}

	@Test
	void diedAfterTheFileWasCommittedBeforeItWasSent() {
		UploadBatch batch = committedFile("46", "RS-COMMITTED");

		assertThat(submitter.submit("46").filingsSubmitted()).isEqualTo(1);

		assertExactlyOnceAtTheBureau("46", batch, "RS-COMMITTED");
	}

	@Test
	void diedAfterTheUploadWasSentBeforeTheReplyWasStored() {
		UploadBatch batch = committedFile("50", "RS-SENT");
		batches.uploading(batch);
		BureauReply reply = clients.get("50").call(new BureauCall.Upload(batch.payload(), batch.dataSequence()));
		assertThat(reply).isInstanceOf(BureauReply.Answered.class); // the bureau has it; we never wrote that down

		assertThat(submitter.submit("50").filingsSubmitted()).isEqualTo(1);

		assertExactlyOnceAtTheBureau("50", batch, "RS-SENT");
	}

	@Test
	void diedWhileTheUploadWasUnderWayAndItNeverArrived() {
		UploadBatch batch = committedFile("52", "RS-LOST");
		batches.uploading(batch);

		assertThat(submitter.submit("52").filingsSubmitted()).isEqualTo(1);

		assertExactlyOnceAtTheBureau("52", batch, "RS-LOST");
	}

	@Test
	void diedAfterTheReplyWasStored() {
		UploadBatch batch = committedFile("53", "RS-STORED");
		batches.uploading(batch);
		clients.get("53").call(new BureauCall.Upload(batch.payload(), batch.dataSequence()));
		batches.accepted(reload(batch), UploadBatchState.UPLOADING, "msg_code 0");

		assertThat(submitter.submit("53").filesAccepted()).isZero();

		assertExactlyOnceAtTheBureau("53", batch, "RS-STORED");
	}

	/** The state after "file, sequence and filings committed": exactly what a run commits before its call. */
	private UploadBatch committedFile(String province, String consoleFilingId) {
		long id = storeFiling(province, consoleFilingId);
		return batches.create(province, planFor(province, id).files().get(0), List.of(id));
	}

	private long storeFiling(String province, String consoleFilingId) {
		return intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).bytes(),
				IntakeSource.PUSH, "test").filingId();
	}

	private UploadPlan planFor(String province, long filingId) {
		UploadFileSplitter splitter = new UploadFileSplitter(writer, clients.get(province).payloadCodec(),
				UploadLimits.BUREAU, java.time.Clock.systemUTC());
		return splitter.split(province, records.providerId(), List.of(records.of(filingId)));
	}

	private void assertExactlyOnceAtTheBureau(String province, UploadBatch batch, String consoleFilingId) {
		assertThat(filings.findByConsoleFilingId(consoleFilingId).orElseThrow().state())
			.isEqualTo(FilingState.SUBMITTED);
		// from the file's own sequence on: earlier ones are other tests' uploads to the province in the shared context
		assertThat(jdbc.queryForList("select data_sequence from sim_upload where province = ? and data_sequence >= ? "
				+ "order by data_sequence", Long.class, province, batch.dataSequence()))
			.as("the file once, and no copy under a later sequence").containsExactly(batch.dataSequence());
		assertThat(jdbc.queryForObject("select state from upload_batch where id = ?", String.class, batch.id()))
			.isEqualTo("ACCEPTED");
		assertThat(filings.events(consoleFilingId)).filteredOn(e -> e.contains("\"SUBMITTED\"")).hasSize(1);
	}

	private UploadBatch reload(UploadBatch batch) {
		return batches.reload(batch.id());
	}

}
