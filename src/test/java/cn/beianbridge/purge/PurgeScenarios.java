package cn.beianbridge.purge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownload;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code purge} work over what the real flow leaves behind (files uploaded to and downloaded from the simulated
 * bureaus, download job executions), with time moved by a {@link MutableClock}; run on H2 ({@link PurgeTests}) and
 * MariaDB ({@link PurgeIntegrationTests}), whose DELETE and UPDATE dialects differ. One file or two job instances per
 * transaction, so every purge goes through several chunks.
 */
@TestPropertySource(properties = { "bridge.purge.chunk-size=1", "bridge.purge.batch-metadata.chunk-size=2" })
@ExtendWith(OutputCaptureExtension.class)
abstract class PurgeScenarios extends SimulatedBureausTestSupport {

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
	ProvinceCatalogue catalogue;

	@Autowired
	List<ScheduledWork> work;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void settledFilesPastTheRetentionLoseTheirBytesAndKeepTheirRowsWhatIsStillNeededKeepsEverything(
			CapturedOutput output) throws Exception {
		// 101 days ago: a filing uploaded (ACCEPTED) and approved (BASJ and BAJG applied and acknowledged) ...
		long approved = submitted("21", "PURGE-OLD", Decision.APPROVE);
		ProvinceDownload settled = downloader.download("21");
		assertThat(settled.filesAcknowledged()).as(settled.toString()).isEqualTo(2);
		Map<String, Object> uploadBefore = jdbc.queryForMap("select file_name, beian_info_hash, zip_bytes "
				+ "from upload_batch where province = '21'");
		assertThat(jdbc.queryForObject("select count(*) from upload_batch_part p join upload_batch b on b.id = "
				+ "p.batch_id where b.province = '21'", Integer.class)).as("its stored parts").isPositive();
		// ... a file the bureau takes only later (maintenance: BUILT, sent again on the next run) ...
		simulator.faults("22").maintenanceUploads(true);
		intake.accept(aFirstFiling().inProvince("22").withConsoleFilingId("PURGE-WAITING").bytes(), IntakeSource.PUSH,
				"test");
		submitter.submit("22");
		assertThat(jdbc.queryForObject("select state from upload_batch where province = '22'", String.class))
			.isEqualTo("BUILT");
		// ... a download file stored by a run that died before applying it, one applied but never acknowledged
		// (their uploads are settled)
		submitted("23", "PURGE-STORED", Decision.REJECT);
		store(fetchedByHand("23"), "23");
		submitted("37", "PURGE-APPLIED", Decision.REJECT);
		assertThat(applier.apply(store(fetchedByHand("37"), "37"))).isTrue();
		// 41 days ago: a filing settled the same way as the first
		clock.advance(Duration.ofDays(60));
		submitted("41", "PURGE-YOUNG", Decision.APPROVE);
		downloader.download("41");
		clock.advance(Duration.ofDays(41));

		purge().run();

		Map<String, Object> uploadAfter = jdbc.queryForMap("select file_name, beian_info_hash, zip_bytes, state, "
				+ "purged_at from upload_batch where province = '21'");
		assertThat(uploadAfter).containsEntry("file_name", uploadBefore.get("file_name"))
			.containsEntry("beian_info_hash", uploadBefore.get("beian_info_hash"))
			.containsEntry("zip_bytes", uploadBefore.get("zip_bytes"))
			.containsEntry("state", "ACCEPTED");
		assertThat(uploadAfter.get("purged_at")).isNotNull();
		assertThat(jdbc.queryForList("select kind from download_file where province = '21' and content is null and "
				+ "purged_at is not null and applied_at is not null and acked_at is not null order by id", String.class))
			.containsExactly("BASJ", "BAJG");
		assertThat(jdbc.queryForList("select province from upload_batch b where not exists (select 1 from "
				+ "upload_batch_part p where p.batch_id = b.id) order by province", String.class))
			.as("the old ACCEPTED files").containsExactly("21", "23", "37");
		assertThat(jdbc.queryForList("select province from upload_batch b where exists (select 1 from "
				+ "upload_batch_part p where p.batch_id = b.id) and purged_at is null order by province", String.class))
			.as("the waiting one, the young one").containsExactly("22", "41");
		assertThat(jdbc.queryForObject("select count(*) from download_file where content is null", Integer.class))
			.as("only the old settled files").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province in ('23', '37', '41') and "
				+ "content is not null and purged_at is null", Integer.class)).isEqualTo(4);
		assertThat(output.getOut()).containsPattern("Purge run: .*download files 2 \\(\\d+(\\.\\d)? (B|KiB)\\)")
			.containsPattern("Purge run: .*upload files 3 \\(\\d+(\\.\\d)? (B|KiB)\\)")
			.contains("retention 100 days");

		// the bureau sends the purged files again: still recognised by their rows, nothing applied twice
		jdbc.update("update sim_download set acknowledged_at = null where province = '21'");
		ProvinceDownload again = downloader.download("21");
		assertThat(again.filesApplied()).isZero();
		assertThat(again.filesAcknowledged()).isEqualTo(2);
		assertThat(filings.find(approved).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.events("PURGE-OLD")).filteredOn(e -> e.contains("\"APPROVED\"")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '21' and content is null",
				Integer.class)).isEqualTo(2);

		purge().run();
		assertThat(output.getOut()).contains("download files 0 (0 B), upload files 0 (0 B)");
	}

	@Test
	void batchRecordsOfLongFinishedExecutionsGoWhileRunningAndRestartableOnesStay(CapturedOutput output)
			throws Exception {
		long before = jdbc.queryForObject("select coalesce(max(JOB_INSTANCE_ID), 0) from BATCH_JOB_INSTANCE", Long.class);
		ScheduledWork download = work("download");
		for (int i = 0; i < 5; i++) {
			download.run();
			assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(1))).isTrue();
			clock.advance(Duration.ofMinutes(1)); // the next firing: a job instance of its own
		}
		List<Long> instances = jdbc.queryForList("select JOB_INSTANCE_ID from BATCH_JOB_INSTANCE where JOB_INSTANCE_ID > ? "
				+ "order by JOB_INSTANCE_ID", Long.class, before);
		assertThat(instances).hasSize(5);
		// what one firing of a province job leaves: an execution with its parameters (the firing, the node) and
		// context, the manager step and one step per enabled province, each with its context
		int stepsPerRun = catalogue.enabled().size() + 1;
		assertThat(rowsOf(instances.get(0))).containsExactly(1, 1, 2, 1, stepsPerRun, stepsPerRun);
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
		ran(instances.get(0), "COMPLETED", now.minusDays(40), now.minusDays(40));
		ran(instances.get(1), "COMPLETED", now.minusDays(10), now.minusDays(10));
		ran(instances.get(2), "FAILED", now.minusDays(10), now.minusDays(10)); // may still be restarted
		ran(instances.get(3), "STARTED", now.minusDays(40), null); // running, or a dead node's: never touched
		ran(instances.get(4), "FAILED", now.minusDays(40), now.minusDays(40));

		purge().run();

		assertThat(jdbc.queryForList("select JOB_INSTANCE_ID from BATCH_JOB_INSTANCE where JOB_INSTANCE_ID > ? "
				+ "order by JOB_INSTANCE_ID", Long.class, before))
			.containsExactly(instances.get(1), instances.get(2), instances.get(3));
		assertThat(rowsOf(instances.get(0))).containsOnly(0);
		assertThat(rowsOf(instances.get(4))).containsOnly(0);
		assertThat(rowsOf(instances.get(1))).containsExactly(1, 1, 2, 1, stepsPerRun, stepsPerRun);
		assertThat(rowsOf(instances.get(3))).containsExactly(1, 1, 2, 1, stepsPerRun, stepsPerRun);
		assertThat(output.getOut()).contains("batch job instances 2 (executions 2, step executions " + 2 * stepsPerRun
				+ ")");
	}

	private ScheduledWork purge() {
		return work("purge");
	}

	private ScheduledWork work(String name) {
		return work.stream().filter(w -> w.jobName().equals(name)).findFirst().orElseThrow();
	}

	/** A SUBMITTED filing the bureau has decided; its files wait for our download. */
	private long submitted(String province, String consoleFilingId, Decision decision) {
		simulator.forceNext(province, decision);
		IntakeResult result = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).bytes(),
				IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		return result.filingId();
	}

	private FileInfo fetchedByHand(String province) {
		return ((BureauReply.Answered) clients.get(province).download()).bureauReturn().fileInfo();
	}

	private long store(FileInfo info, String province) {
		byte[] content = clients.get(province).payloadCodec()
			.unpack(info.beianInfo(), info.beianInfoHash(), info.encryptAlgorithm())
			.content();
		return downloader.store(province, info.fileName(), content, info.beianInfoHash());
	}

	/** Sets what an instance's execution looks like: its status, when it was created and started, and when it ended. */
	private void ran(long instance, String status, LocalDateTime started, LocalDateTime ended) {
		assertThat(jdbc.update("update BATCH_JOB_EXECUTION set STATUS = ?, CREATE_TIME = ?, START_TIME = ?, END_TIME = ?, "
				+ "LAST_UPDATED = ? where JOB_INSTANCE_ID = ?", status, started, started, ended,
				ended == null ? started : ended, instance)).isOne();
	}

	/** Rows of the instance: instance, executions, their params and contexts, steps and step contexts. */
	private List<Integer> rowsOf(long instance) {
		String executions = "(select JOB_EXECUTION_ID from BATCH_JOB_EXECUTION where JOB_INSTANCE_ID = " + instance + ")";
		String steps = "(select STEP_EXECUTION_ID from BATCH_STEP_EXECUTION where JOB_EXECUTION_ID in " + executions + ")";
		return List.of("select count(*) from BATCH_JOB_INSTANCE where JOB_INSTANCE_ID = " + instance,
				"select count(*) from BATCH_JOB_EXECUTION where JOB_INSTANCE_ID = " + instance,
				"select count(*) from BATCH_JOB_EXECUTION_PARAMS where JOB_EXECUTION_ID in " + executions,
				"select count(*) from BATCH_JOB_EXECUTION_CONTEXT where JOB_EXECUTION_ID in " + executions,
				"select count(*) from BATCH_STEP_EXECUTION where JOB_EXECUTION_ID in " + executions,
				"select count(*) from BATCH_STEP_EXECUTION_CONTEXT where STEP_EXECUTION_ID in " + steps)
			.stream()
			.map(sql -> jdbc.queryForObject(sql, Integer.class))
			.toList();
	}

	/**
	 * The clock every bean reads, starting now (Batch stamps its own rows with the system clock), in whole
	 * milliseconds: the database keeps microseconds, and a stored instant rounded up would come after the clock.
	 */
	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		}

	}

}
