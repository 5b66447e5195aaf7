package cn.beianbridge.download;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** The download on MariaDB: the vault's INSERT IGNORE and row lock, the numbers' columns, the quarantine. */
class DownloadIntegrationTests extends SimulatedBureausTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_download", registry);
	}

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
	JdbcTemplate jdbc;

	@Test
	void anApprovalArrivesOnceWithItsNumbersAndAnUnknownResultIsKept() {
		simulator.forceNext("33", Decision.APPROVE);
		IntakeResult stored = intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("DLI-OK").bytes(),
				IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		submitter.submit("33");

		downloader.download("33");
		jdbc.update("update sim_download set acknowledged_at = null where province = '33'");
		downloader.download("33");

		long id = stored.filingId();
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(IcpNumber.parse(numbers.of(id).orElseThrow().entityIcpNumber())).isPresent();
		assertThat(filings.events("DLI-OK")).filteredOn(e -> e.contains("\"APPROVED\"")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '33' and acked_at is not "
				+ "null", Integer.class)).isEqualTo(2);

		Result unknown = new Result(List.of(new ResultCode(1005, "域名已备案")), 1, "424242", null, List.of());
		long fileId = downloader.store("33", "BAJG_UNKNOWN_IT", new DownloadDocumentWriter().write(
				new BureauResults(List.of(unknown))), null);
		applier.apply(fileId);
		assertThat(jdbc.queryForObject("select code from result_quarantine where identifier = '424242'", String.class))
			.isEqualTo("1005");
	}

}
