package cn.beianbridge.download;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownload;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** Decisions downloaded from the simulated bureaus, over real SOAP, applied to filings on the embedded database. */
class DownloadTests extends SimulatedBureausTestSupport {

	private static final JsonSchema EVENT_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
		.getSchema(SchemaLocation.of("classpath:contracts/bureau-event.schema.json"));

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
	BureauNumbers numbers;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	BureauClients clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<ScheduledWork> scheduledWork;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	ProvinceCatalogue catalogue;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void anApprovedFilingGetsItsIcpNumbersAndAnApprovedEvent() throws Exception {
		// every test filing names the same domains: the simulator would refuse all but the first (1005)
		simulator.forceNext("33", Decision.APPROVE);
		long id = submitted("33", "DL-OK", aFirstFiling().withWebsites(2));

		ProvinceDownload run = downloader.download("33");

		assertThat(run.stopped()).isNull();
		assertThat(run.filesAcknowledged()).isEqualTo(2);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		FiledNumbers filed = numbers.of(id).orElseThrow();
		IcpNumber entity = IcpNumber.parse(filed.entityIcpNumber()).orElseThrow();
		assertThat(entity.isWebsiteNumber()).isFalse();
		assertThat(filed.websites()).hasSize(2).allSatisfy(website -> assertThat(
				IcpNumber.parse(website.icpNumber()).orElseThrow().entityNumber()).isEqualTo(entity));
		JsonNode approved = lastEvent("DL-OK");
		assertThat(approved.get("type").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("entityIcpNumber").asText()).isEqualTo(filed.entityIcpNumber());
		assertThat(approved.get("websites")).hasSize(2);
		assertThat(approved.get("websites").get(0).get("icpNumber").asText())
			.isEqualTo(filed.websites().get(0).icpNumber());
		assertThat(jdbc.queryForList("select kind from download_file where province = '33' and acked_at is not null "
				+ "and applied_at is not null order by id", String.class)).containsExactly("BASJ", "BAJG");
	}

	@Test
	void aRejectedFilingCarriesTheReviewersOpinion() throws Exception {
		simulator.forceNext("35", Decision.REJECT);
		long id = submitted("35", "DL-REJECT", aFirstFiling());

		downloader.download("35");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		JsonNode rejected = lastEvent("DL-REJECT");
		assertThat(rejected.get("type").asText()).isEqualTo("REJECTED");
		assertThat(rejected.get("reasons")).singleElement()
			.satisfies(reason -> assertThat(reason.get("text").asText()).isNotBlank());
		assertThat(rejected.get("reviewer").asText()).isNotBlank();
		assertThat(rejected.get("reviewedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void refusedDataCarriesTheBureauCode() throws Exception {
		simulator.forceNext("44", Decision.REFUSE, 1005);
		long id = submitted("44", "DL-REFUSE", aFirstFiling());

		downloader.download("44");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REFUSED);
		JsonNode refused = lastEvent("DL-REFUSE");
		assertThat(refused.get("type").asText()).isEqualTo("REFUSED");
		assertThat(refused.get("reasons").get(0).get("code").asText()).isEqualTo("1005");
		assertThat(refused.get("reasons").get(0).get("text").asText()).isNotBlank();
	}

	@Test
	void aFileSentAgainIsStoredAndAppliedOnce() {
		simulator.forceNext("36", Decision.APPROVE);
		long id = submitted("36", "DL-AGAIN", aFirstFiling());
		downloader.download("36");
		int events = filings.events("DL-AGAIN").size();
		// the bureau never heard our acknowledgements: it sends both files again
		jdbc.update("update sim_download set acknowledged_at = null where province = '36'");

		ProvinceDownload again = downloader.download("36");

		assertThat(again.filesReceived()).isEqualTo(2);
		assertThat(again.filesApplied()).isZero();
		assertThat(again.filesAcknowledged()).isEqualTo(2);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.events("DL-AGAIN")).hasSize(events);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '36'", Integer.class))
			.isEqualTo(2);
		long fileId = jdbc.queryForObject("select min(id) from download_file where province = '36'", Long.class);
		assertThat(applier.apply(fileId)).isFalse();
	}

	@Test
	void aFileStoredByARunThatDiedBeforeApplyingItIsAppliedByTheNext() {
		simulator.forceNext("11", Decision.APPROVE);
		long id = submitted("11", "DL-CRASH", aFirstFiling());
		// the run that died: it fetched and stored the first file (the numbers), then nothing
		FileInfo info = ((BureauReply.Answered) clients.get("11").download()).bureauReturn().fileInfo();
		byte[] content = clients.get("11").payloadCodec()
			.unpack(info.beianInfo(), info.beianInfoHash(), info.encryptAlgorithm())
			.content();
		downloader.store("11", info.fileName(), content, info.beianInfoHash());
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '11' and applied_at is "
				+ "null", Integer.class)).isEqualTo(1);

		ProvinceDownload next = downloader.download("11");

		assertThat(next.filesApplied()).isEqualTo(2);
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '11' and (applied_at is "
				+ "null or acked_at is null)", Integer.class)).isZero();
		assertThat(filings.events("DL-CRASH")).filteredOn(e -> e.contains("\"APPROVED\"")).hasSize(1);
	}

	@Test
	void aResultForAFilingWeDoNotKnowIsQuarantinedNotDropped() {
		Result unknown = new Result(List.of(new ResultCode(1001, "approved")), 1, "987654321", null, List.of());
		byte[] file = new DownloadDocumentWriter().write(new BureauResults(List.of(unknown)));
		long fileId = downloader.store("12", "BAJG_UNKNOWN_1", file, null);

		assertThat(applier.apply(fileId)).isTrue();

		assertThat(jdbc.queryForList("select identifier, code, text from result_quarantine where province = '12'"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("identifier")).isEqualTo("987654321");
				assertThat(row.get("code")).isEqualTo("1001");
				assertThat((String) row.get("text")).contains("no SUBMITTED filing");
			});
		assertThat(jdbc.queryForObject("select applied_at is not null from download_file where id = ?", Boolean.class,
				fileId)).isTrue();
	}

	@Test
	void aNewWebsiteIsFoundByItsEntitysIcpNumberAndApprovedWithTheWebsiteNumber() throws Exception {
		simulator.forceNext("13", Decision.APPROVE);
		long id = submitted("13", "DL-XZWZ", FilingJson.aNewWebsiteFiling());

		downloader.download("13");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		JsonNode approved = lastEvent("DL-XZWZ");
		assertThat(approved.get("entityIcpNumber").asText()).isEqualTo("冀ICP备2026012345号");
		IcpNumber website = IcpNumber.parse(approved.get("websites").get(0).get("icpNumber").asText()).orElseThrow();
		assertThat(website.entityNumber()).isEqualTo(IcpNumber.parse("冀ICP备2026012345号").orElseThrow());
		assertThat(website.isWebsiteNumber()).isTrue();
	}

	@Test
	void aBureauInMaintenanceKeepsItsDecisionsForTheNextRun() {
		simulator.forceNext("14", Decision.APPROVE);
		long id = submitted("14", "DL-BUSY", aFirstFiling());
		simulator.faults("14").maintenanceDownloads(true);

		ProvinceDownload busy = downloader.download("14");

		assertThat(busy.stopped()).contains("902");
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		simulator.faults("14").reset();

		downloader.download("14");

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
	}

	@Test
	void aResultForAFilingAlreadyDecidedChangesNothing() {
		simulator.forceNext("15", Decision.APPROVE);
		long id = submitted("15", "DL-DECIDED", aFirstFiling());
		downloader.download("15");
		int events = filings.events("DL-DECIDED").size();
		Result late = new Result(List.of(new ResultCode(1002, "rejected")), 1, String.valueOf(id), null, List.of());
		long fileId = downloader.store("15", "BAJG_LATE_1", new DownloadDocumentWriter().write(
				new BureauResults(List.of(late))), null);

		assertThat(applier.apply(fileId)).isTrue();

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.events("DL-DECIDED")).hasSize(events);
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine where province = '15'", Integer.class))
			.isZero();
	}

	@Test
	void theScheduledDownloadRunsOnePartitionPerProvinceAndAppliesTheDecisions() throws Exception {
		simulator.forceNext("61", Decision.APPROVE);
		long id = submitted("61", "DL-JOB", aFirstFiling());
		ScheduledWork download = scheduledWork.stream().filter(w -> w.jobName().equals("download")).findFirst()
			.orElseThrow();

		download.run();
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(1))).as("the run the firing launched ended").isTrue();

		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		// this run's execution only: other tests in this context may have run the job too
		long run = jdbc.queryForObject("select max(e.job_execution_id) from batch_job_execution e join batch_job_instance i"
				+ " on i.job_instance_id = e.job_instance_id where i.job_name = 'download'", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from batch_step_execution where job_execution_id = ? and "
				+ "step_name = 'downloadProvince:province-61' and status = 'COMPLETED'", Integer.class, run)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from batch_step_execution where job_execution_id = ? and "
				+ "step_name like 'downloadProvince:%'", Integer.class, run)).isEqualTo(catalogue.enabled().size());
	}

	private long submitted(String province, String consoleFilingId, FilingJson filing) {
		IntakeResult result = intake.accept(filing.inProvince(province).withConsoleFilingId(consoleFilingId).bytes(),
				IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		return result.filingId();
	}

	private JsonNode lastEvent(String consoleFilingId) throws Exception {
		List<String> events = filings.events(consoleFilingId);
		JsonNode event = FilingJson.MAPPER.readTree(events.get(events.size() - 1));
		Set<ValidationMessage> violations = EVENT_SCHEMA.validate(event);
		assertThat(violations).as(event.toString()).isEmpty();
		return event;
	}

}
