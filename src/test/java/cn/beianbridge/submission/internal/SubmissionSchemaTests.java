package cn.beianbridge.submission.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadFileSplitter;
import cn.beianbridge.bureau.UploadLimits;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every upload file is validated against the ministry's upload-data.xsd before it is committed for sending: a
 * filing whose record breaks it is held with the schema's rule (never its value), the operators are alerted, and the
 * file goes with the rest, keeping its number and the exactly-once bookkeeping.
 */
class SubmissionSchemaTests extends SimulatedBureausTestSupport {

	/** Allowed by the console's contract (5 to 32 digits and dashes), refused by the schema (at least 11). */
	private static final String SHORT_OFFICE_PHONE = "8666-1234";

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

	/** Personal data and notifications are stored sealed: what this test writes by hand, it seals. */
	@Autowired
	PersonalData personalData;

	@Test
	void aFilingWhoseRecordBreaksTheSchemaIsHeldAndTheFileGoesWithTheRest() {
		long first = store("23", "SCH-A", false);
		long broken = store("23", "SCH-B", true);
		long last = store("23", "SCH-C", false);

		ProvinceSubmission run = submitter.submit("23");

		assertThat(run.filesAccepted()).isEqualTo(1);
		assertThat(run.filingsSubmitted()).isEqualTo(2);
		assertThat(List.of(first, last))
			.allSatisfy(id -> assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED));
		assertThat(filings.find(broken).orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(heldReason(broken)).startsWith("UPLOAD_SCHEMA|The bureau's schema (upload-data.xsd) refuses")
			.contains("Zt_xx/Fzr/Fzr_dhhm: value of length 9 breaks minLength 11")
			.doesNotContain(SHORT_OFFICE_PHONE);
		assertThat(filings.events("SCH-B")).singleElement().asString().contains("\"type\":\"HELD\"", "Fzr_dhhm");
		assertThat(jdbc.queryForList("select subject from notification where kind = 'UPLOAD_SCHEMA_VIOLATION' and "
				+ "console_filing_id = 'SCH-B'", String.class)).map(personalData::open).singleElement().asString().contains("SCH-B");
		assertThat(jdbc.queryForList("select r.identifier from sim_review r join sim_upload u on u.id = r.upload_id "
				+ "join upload_batch b on b.province = u.province and b.data_sequence = u.data_sequence "
				+ "join upload_batch_filing f on f.batch_id = b.id where f.filing_id = ? order by r.ordinal", String.class,
				first)).as("the bureau got the file without it").containsExactly(Long.toString(first), Long.toString(last));
	}

	@Test
	void aProvinceWhoseOnlyFilingBreaksTheSchemaHoldsItOnceInsideTheSubmitStep() {
		long broken = store("13", "SCH-ALONE", true);
		// the province step runs the submitter under Batch's resourceless transaction, as the submit job does
		ProvinceSubmission run = new TransactionTemplate(new ResourcelessTransactionManager())
			.execute(status -> submitter.submit("13"));

		assertThat(run.filingsSubmitted()).isZero();
		assertThat(filings.find(broken).orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(filings.history(broken)).extracting(h -> h.toState())
			.containsExactly(FilingState.RECEIVED, FilingState.HELD);
	}

	@Test
	void aRebuiltFileLeavesOutAFilingWhoseRecordNowBreaksTheSchema() {
		long kept = store("54", "SCH-KEPT", false);
		long changed = store("54", "SCH-CHANGED", false);
		UploadBatch batch = committedFile("54", kept, changed);
		// since the file was built its data changed (as a code table may), and the bureau refuses the file (hash)
		jdbc.update("update website set person_office_phone = ? where filing_id = ?",
				personalData.seal(SHORT_OFFICE_PHONE), changed);
		jdbc.update("update upload_batch set beian_info_hash = 'AAAAAAAAAAAAAAAAAAAAAA==' where id = ?", batch.id());

		ProvinceSubmission run = submitter.submit("54");

		assertThat(run.filingsSubmitted()).isEqualTo(1);
		assertThat(filings.find(kept).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(filings.find(changed).orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(heldReason(changed)).contains("Wz_xx/Wz_Fzr/Fzr_dhhm: value of length 9 breaks minLength 11");
		assertThat(jdbc.queryForList("select filing_id from upload_batch_filing where batch_id = ?", Long.class,
				batch.id())).containsExactly(kept);
		assertThat(jdbc.queryForMap("select state, record_count, data_sequence from upload_batch where id = ?",
				batch.id())).containsEntry("STATE", "ACCEPTED").containsEntry("RECORD_COUNT", 1)
			.containsEntry("DATA_SEQUENCE", batch.dataSequence());
		assertThat(jdbc.queryForObject("select records from sim_upload where province = '54' and data_sequence = ?",
				Integer.class, batch.dataSequence())).isEqualTo(1);
	}

	@Test
	void aRebuiltFileWhoseEveryFilingNowBreaksTheSchemaIsNotSentAndNeedsAnOperator() {
		long changed = store("63", "SCH-ALL", false);
		UploadBatch batch = committedFile("63", changed);
		jdbc.update("update filing set person_office_phone = ? where id = ?", personalData.seal(SHORT_OFFICE_PHONE),
				changed);
		jdbc.update("update upload_batch set beian_info_hash = 'AAAAAAAAAAAAAAAAAAAAAA==' where id = ?", batch.id());
		int uploadsBefore = jdbc.queryForObject("select count(*) from sim_upload where province = '63'", Integer.class);

		try {
			ProvinceSubmission run = submitter.submit("63");

			assertThat(run.filingsSubmitted()).isZero();
			assertThat(filings.find(changed).orElseThrow().state()).isEqualTo(FilingState.HELD);
			assertThat(jdbc.queryForObject("select state from upload_batch where id = ?", String.class, batch.id()))
				.isEqualTo("BLOCKED");
			assertThat(jdbc.queryForObject("select reason from province_block where province = '63'", String.class))
				.contains("each of its filings now breaks upload-data.xsd");
			assertThat(jdbc.queryForObject("select count(*) from sim_upload where province = '63'", Integer.class))
				.as("nothing sent").isEqualTo(uploadsBefore);
		}
		finally {
			jdbc.update("delete from province_block where province = '63'");
		}
	}

	private long store(String province, String consoleFilingId, boolean shortOfficePhone) {
		ObjectNode filing = aFirstFiling().inProvince(province).withConsoleFilingId(consoleFilingId).build();
		if (shortOfficePhone) {
			((ObjectNode) filing.get("entity").get("responsiblePerson")).put("officePhone", SHORT_OFFICE_PHONE);
		}
		IntakeResult result = intake.accept(filing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	/** The state after "file, sequence and filings committed", as a run commits it before its call. */
	private UploadBatch committedFile(String province, Long... filingIds) {
		UploadFileSplitter splitter = new UploadFileSplitter(writer, clients.get(province).payloadCodec(),
				UploadLimits.BUREAU, java.time.Clock.systemUTC());
		List<Long> ids = List.of(filingIds);
		return batches.create(province,
				splitter.split(province, records.providerId(), ids.stream().map(records::of).toList()).files().get(0),
				ids);
	}

	private String heldReason(long filingId) {
		return jdbc.queryForObject("select concat(code, '|', text) from filing_reason where filing_id = ?", String.class,
				filingId);
	}

}
