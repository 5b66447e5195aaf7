package cn.beianbridge.download;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.simulator.bureau.Decision;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.BureauEventSchema;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filings the simulated bureau approves (so every bureau id of theirs is ours from its BASJ), and what the console
 * and the quarantine then hold: for the tests of what later results and cancellations do to them.
 */
final class SimulatorApprovals {

	private final FilingIntake intake;

	private final ProvinceSubmitter submitter;

	private final ProvinceDownloader downloader;

	private final BureauSimulator simulator;

	private final Filings filings;

	private final JdbcTemplate jdbc;

	SimulatorApprovals(FilingIntake intake, ProvinceSubmitter submitter, ProvinceDownloader downloader,
			BureauSimulator simulator, Filings filings, JdbcTemplate jdbc) {
		this.intake = intake;
		this.submitter = submitter;
		this.downloader = downloader;
		this.simulator = simulator;
		this.filings = filings;
		this.jdbc = jdbc;
	}

	/** Stored, submitted and approved by the province's simulated bureau, its numbers and ids kept. */
	long approved(String province, String consoleFilingId, FilingJson filing) {
		simulator.forceNext(province, Decision.APPROVE);
		IntakeResult result = intake.accept(filing.inProvince(province).withConsoleFilingId(consoleFilingId).bytes(),
				IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(submitter.submit(province).filingsSubmitted()).isEqualTo(1);
		downloader.download(province);
		assertThat(filings.find(result.filingId()).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		return result.filingId();
	}

	long ztidOf(long filingId) {
		return jdbc.queryForObject("select bureau_ztid from filing where id = ?", Long.class, filingId);
	}

	int quarantined(String province) {
		return jdbc.queryForObject("select count(*) from result_quarantine where province = ?", Integer.class, province);
	}

	/** The console's last event of the filing, checked against its contract. */
	JsonNode lastEvent(String consoleFilingId) throws Exception {
		List<String> events = filings.events(consoleFilingId);
		JsonNode event = FilingJson.MAPPER.readTree(events.get(events.size() - 1));
		assertThat(BureauEventSchema.violations(event)).as(event.toString()).isEmpty();
		return event;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

}
