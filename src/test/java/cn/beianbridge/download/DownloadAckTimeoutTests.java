package cn.beianbridge.download;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.download.internal.ProvinceDownload;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;

import static cn.beianbridge.bureau.BureauStubs.UP_DOWN_LOAD;
import static cn.beianbridge.bureau.BureauStubs.operation;
import static cn.beianbridge.bureau.BureauStubs.reply;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WireMock bureau (Guangxi, 45) that takes our acknowledgement but answers it only after our read timeout: the
 * decision stays applied once, and a later run settles the file with the bureau.
 */
@SpringBootTest
@ActiveProfiles("test")
class DownloadAckTimeoutTests {

	static final WireMockServer bureau = new WireMockServer(options().dynamicPort());

	static {
		bureau.start();
	}

	@DynamicPropertySource
	static void slowBureau(DynamicPropertyRegistry registry) {
		registry.add("bridge.provinces.45.gateway.endpoint", () -> bureau.baseUrl() + "/bureau/45");
		registry.add("bridge.bureau.read-timeout", () -> "3s");
		// the circuit breaker is not what this is about: a slow first call on a cold JVM must not open it
		registry.add("bridge.bureau.circuit-breaker.minimum-number-of-calls", () -> "50");
		registry.add("bridge.bureau.rate-per-second", () -> "100");
		registry.add("bridge.bureau.redelivery.attempts", () -> "1");
		registry.add("bridge.bureau.redelivery.delay", () -> "10ms");
	}

	@AfterAll
	static void stopBureau() {
		bureau.stop();
	}

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	FilingIntake intake;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	Filings filings;

	@Autowired
	BureauClients clients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAcknowledgementAnsweredAfterTheTimeoutLeavesTheDecisionAppliedOnceAndIsSettledOnALaterRun() {
		long id = intake.accept(aFirstFiling().inProvince("45").withConsoleFilingId("ACK-SLOW").bytes(),
				IntakeSource.PUSH, "test").filingId();
		transitions.batched(List.of(id), "test", "test");
		transitions.submitted(List.of(id), "test", "test");
		Result rejection = new Result(List.of(new ResultCode(1002, "驳回")), 1, String.valueOf(id), null, List.of());
		FileInfo file = FileInfo.of("45BAJG20261127000001", clients.get("45").payloadCodec()
			.pack(new DownloadDocumentWriter().write(new BureauResults(List.of(rejection)))), null);
		bureau.stubFor(operation("/bureau/45", "isp_download")
			.willReturn(reply("isp_download", new BureauReturn(1, "the last one", file, List.of()))));
		bureau.stubFor(operation("/bureau/45", "isp_downloadack")
			.willReturn(reply("isp_downloadack", 0, "acknowledged").withFixedDelay(6_000)));

		ProvinceDownload timedOut = downloader.download("45");

		assertThat(timedOut.stopped()).contains("isp_downloadack", "NoAnswer");
		assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '45' and applied_at is not "
				+ "null and acked_at is null", Integer.class)).isOne();

		// the bureau did take it: it has nothing more, and answers the acknowledgement at once now
		bureau.resetAll();
		bureau.stubFor(operation("/bureau/45", "isp_download").willReturn(reply("isp_download", 2, "nothing")));
		bureau.stubFor(operation("/bureau/45", "isp_downloadack").willReturn(reply("isp_downloadack", 0, "acknowledged")));

		ProvinceDownload later = downloader.download("45");

		assertThat(later.stopped()).isNull();
		assertThat(later.filesAcknowledged()).isOne();
		bureau.verify(1, postRequestedFor(urlEqualTo("/bureau/45" + UP_DOWN_LOAD)).withRequestBody(
				containing("45BAJG20261127000001")));
		assertThat(jdbc.queryForObject("select count(*) from download_file where province = '45' and acked_at is not "
				+ "null", Integer.class)).isOne();
		assertThat(filings.events("ACK-SLOW")).filteredOn(e -> e.contains("\"REJECTED\"")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from result_quarantine", Integer.class)).isZero();
	}

}
