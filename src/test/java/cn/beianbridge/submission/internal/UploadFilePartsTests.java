package cn.beianbridge.submission.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadFileSplitter;
import cn.beianbridge.bureau.UploadLimits;
import cn.beianbridge.bureau.UploadPlan;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload file is stored in sealed parts and read back from them, a part at a time, when it is sent later: the
 * bureau gets exactly the bytes that were built. Parts of 200 characters here (a megabyte in production) make a
 * small file span many.
 */
class UploadFilePartsTests extends SimulatedBureausTestSupport {

	private static final int SMALL_PARTS = 200;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	UploadBatches batches;

	@Autowired
	UploadBatchMapper mapper;

	@Autowired
	DataSequences sequences;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	PersonalData personalData;

	@Autowired
	PayloadBudget budget;

	@Autowired
	ApplicationEventPublisher events;

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
	void aFileLeftOpenIsReadBackFromItsSealedPartsAndSentAsItWasBuilt() {
		long filing = intake.accept(aFirstFiling().personal().inProvince("43").withConsoleFilingId("PARTS-1").bytes(),
				IntakeSource.PUSH, "test").filingId();
		UploadPlan.UploadFile file = planFor("43", filing).files().get(0);
		String built = file.payload().beianInfo();
		assertThat(built.length()).as("a file of several parts").isGreaterThan(3 * SMALL_PARTS);

		// the run that built it died before the call: the file is left BUILT for the next run
		UploadBatch stored = transactions.execute(status -> inSmallParts().create("43", file, List.of(filing)));

		List<byte[]> parts = jdbc.queryForList("select sealed from upload_batch_part where batch_id = ? order by part",
				byte[].class, stored.id());
		assertThat(parts).hasSize((built.length() + SMALL_PARTS - 1) / SMALL_PARTS);
		// the zip holds its entry's name in clear
		String entryName = new String(Base64.getDecoder().decode(built), StandardCharsets.ISO_8859_1).substring(30, 53);
		assertThat(entryName).isEqualTo(file.fileName());
		assertThat(parts).as("sealed").noneMatch(
				part -> new String(part, StandardCharsets.ISO_8859_1).contains(entryName.substring(0, 16)));
		assertThat(parts.stream().mapToLong(part -> part.length).sum()).as("on disk: the zip's bytes and a seal a part")
			.isEqualTo(file.payload().zipBytes() + parts.size() * (5 + 12 + 16L));
		UploadBatch listed = batches.open("43").get(0);
		assertThat(listed.beianInfo()).as("listed without its bytes").isNull();
		assertThat(batches.withPayload(listed).beianInfo()).isEqualTo(built);

		assertThat(submitter.submit("43").filingsSubmitted()).isEqualTo(1);

		assertThat(jdbc.queryForObject("select beian_info from sim_upload where file_name = ?", String.class,
				file.fileName()))
			.as("what the bureau received").isEqualTo(built);
		assertThat(filings.findByConsoleFilingId("PARTS-1").orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
	}

	/** The run's own store, with parts of {@link #SMALL_PARTS} characters. */
	private UploadBatches inSmallParts() {
		StorableUploadLimits small = new StorableUploadLimits(jdbc, budget) {

			@Override
			synchronized int partChars() {
				return SMALL_PARTS;
			}

		};
		return new UploadBatches(mapper, sequences, transitions, filings, Clock.systemUTC(), events, personalData,
				small);
	}

	private UploadPlan planFor(String province, long filingId) {
		UploadFileSplitter splitter = new UploadFileSplitter(writer, clients.get(province).payloadCodec(),
				UploadLimits.BUREAU, Clock.systemUTC());
		return splitter.split(province, records.providerId(), List.of(records.of(filingId)));
	}

}
