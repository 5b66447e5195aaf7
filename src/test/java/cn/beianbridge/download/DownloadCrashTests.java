package cn.beianbridge.download;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.internal.ProvinceCircuitBreakers;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownload;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download run that dies or loses its acknowledgement at each point between the bureau's file and its
 * acknowledgement: every decision is applied exactly once (one event each), every file ends acknowledged at the
 * bureau and on our side, nothing is quarantined. Each test decides a rejection, which comes as one BAJG file.
 */
class DownloadCrashTests extends SimulatedBureausTestSupport {

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	DownloadedFileApplier applier;

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	BureauClients clients;

	@Autowired
	ProvinceCircuitBreakers breakers;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void aResultFileStoredByARunThatDiedBeforeApplyingItIsAppliedOnceAndAcknowledged() {
		long id = rejectedAtTheBureau("21", "CRASH-STORED");
		// the run that died: the file is in the vault, its results not applied, the bureau not told
		FileInfo info = fetchedByHand("21");
		downloader.store("21", info.fileName(), content("21", info), info.beianInfoHash());
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);

		ProvinceDownload next = downloader.download("21");

		assertThat(next.filesApplied()).as("applied from the vault").isEqualTo(1);
		assertThat(next.filesReceived()).as("and sent again by the bureau").isEqualTo(1);
		assertDecidedOnceAndSettled("21", id, "CRASH-STORED", info.fileName());
	}

	@Test
	void aRunThatDiedBetweenCommittingTheResultsAndTheAcknowledgementIsNotAppliedAgain() {
		long id = rejectedAtTheBureau("22", "CRASH-COMMITTED");
		FileInfo info = fetchedByHand("22");
		long fileId = downloader.store("22", info.fileName(), content("22", info), info.beianInfoHash());
		assertThat(applier.apply(fileId)).isTrue();
		// ... and died before isp_downloadack
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		assertThat(unacknowledgedAtTheBureau("22")).isOne();

		ProvinceDownload next = downloader.download("22");

		assertThat(next.filesReceived()).as("the bureau sends it again").isEqualTo(1);
		assertThat(next.filesApplied()).as("recognised").isZero();
		assertThat(next.filesAcknowledged()).isEqualTo(1);
		assertDecidedOnceAndSettled("22", id, "CRASH-COMMITTED", info.fileName());
	}

	@Test
	void anAcknowledgementTheBureauNeverGotIsMadeOnALaterRunAndTheFileIsNotAppliedAgain() {
		long id = rejectedAtTheBureau("23", "ACK-LOST");
		simulator.faults("23").lostAcks(100); // every attempt the gateway makes ends in a SOAP fault

		ProvinceDownload failed = downloader.download("23");

		assertThat(failed.stopped()).contains("isp_downloadack", "SOAP fault");
		assertThat(failed.filesApplied()).isEqualTo(1);
		assertThat(failed.filesAcknowledged()).isZero();
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		assertThat(rejectedEvents("ACK-LOST")).isOne();
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '23' and applied_at is not "
				+ "null and acked_at is null", Integer.class)).isOne();
		assertThat(unacknowledgedAtTheBureau("23")).isOne();

		ProvinceDownload later = aLaterRun("23");

		assertThat(later.stopped()).isNull();
		assertThat(later.filesReceived()).as("the bureau sends it again").isEqualTo(1);
		assertThat(later.filesApplied()).isZero();
		assertThat(later.filesAcknowledged()).isEqualTo(1);
		assertDecidedOnceAndSettled("23", id, "ACK-LOST", null);
	}

	@Test
	void anAcknowledgementTheBureauRecordedWithoutAReplyIsSettledOnALaterRun() {
		long id = rejectedAtTheBureau("34", "ACK-MUTE");
		simulator.faults("34").dropAckReplies(100); // recorded at the bureau; we never hear so

		ProvinceDownload failed = downloader.download("34");

		assertThat(failed.stopped()).contains("isp_downloadack");
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		assertThat(unacknowledgedAtTheBureau("34")).as("the bureau has the acknowledgement").isZero();
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '34' and acked_at is null",
				Integer.class)).isOne();

		// the bureau never sends the file again: only we can close it
		ProvinceDownload later = aLaterRun("34");

		assertThat(later.stopped()).isNull();
		assertThat(later.filesReceived()).isZero();
		assertThat(later.filesAcknowledged()).isEqualTo(1);
		assertDecidedOnceAndSettled("34", id, "ACK-MUTE", null);
		assertThat(aLaterRun("34").filesAcknowledged()).as("settled once").isZero();
	}

	/** A SUBMITTED filing the bureau has decided to reject; its BAJG file waits for our download. */
	private long rejectedAtTheBureau(String province, String consoleFilingId) {
		simulator.forceNext(province, Decision.REJECT);
		IntakeResult result = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).bytes(),
				IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		return result.filingId();
	}

	/** What a run does before it stores a file: isp_download, straight through the province's client. */
	private FileInfo fetchedByHand(String province) {
		FileInfo info = ((BureauReply.Answered) clients.get(province).download()).bureauReturn().fileInfo();
		assertThat(info.hasFile()).isTrue();
		return info;
	}

	private byte[] content(String province, FileInfo info) {
		return clients.get(province).payloadCodec()
			.unpack(info.beianInfo(), info.beianInfoHash(), info.encryptAlgorithm())
			.content();
	}

	/**
	 * The next firing, after the failed acknowledgements' faults are over. Those unanswered calls opened the
	 * province's circuit; by the next run that gets through it has closed again.
	 */
	private ProvinceDownload aLaterRun(String province) {
		simulator.faults(province).reset();
		breakers.get(province).reset();
		return downloader.download(province);
	}

	private void assertDecidedOnceAndSettled(String province, long id, String consoleFilingId, String fileName) {
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		assertThat(rejectedEvents(consoleFilingId)).as("one REJECTED event").isOne();
		assertThat(jdbc.queryForList("select file_name from download_file where province = ? and applied_at is not null "
				+ "and acked_at is not null", String.class, province))
			.singleElement()
			.satisfies(name -> {
				if (fileName != null) {
					assertThat(name).isEqualTo(fileName);
				}
			});
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = ?", Integer.class, province))
			.isOne();
		assertThat(unacknowledgedAtTheBureau(province)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine where province = ?", Integer.class,
				province)).isZero();
	}

	private long rejectedEvents(String consoleFilingId) {
		return filings.events(consoleFilingId).stream().filter(e -> e.contains("\"REJECTED\"")).count();
	}

	private int unacknowledgedAtTheBureau(String province) {
		return jdbc.queryForObject("select count(*) from sim_download where province = ? and acknowledged_at is null",
				Integer.class, province);
	}

}
