package cn.beianbridge.bureau;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import cn.beianbridge.bureau.BureauReply.Answered;
import cn.beianbridge.bureau.BureauReply.NoAnswer;
import cn.beianbridge.bureau.BureauReply.NotSent;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;
import cn.beianbridge.bureau.internal.SoapClients;
import cn.beianbridge.province.ProvinceGateway;

import static cn.beianbridge.bureau.BureauStubs.NAMESPACE;
import static cn.beianbridge.bureau.BureauStubs.operation;
import static cn.beianbridge.bureau.BureauStubs.reply;
import static cn.beianbridge.bureau.BureauStubs.replyWithReturnText;
import static cn.beianbridge.bureau.BureauStubs.soapFault;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way a call can go wrong, and what the caller is told. The line that matters: an upload that may have
 * reached the bureau is never reported as failed (its outcome is unknown, to be reconciled), and one that
 * provably never left may simply be sent again.
 */
class BureauFaultTests {

	static final WireMockServer bureau = new WireMockServer(options().dynamicPort());

	static {
		bureau.start();
	}

	/** Long enough for a loaded CI machine: only the timeout test uses a short one. */
	static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(500);

	final BureauClient client = clientAt(bureau.baseUrl(), READ_TIMEOUT);

	@BeforeEach
	void resetBureau() {
		bureau.resetAll();
	}

	@AfterAll
	static void stopBureau() {
		bureau.stop();
	}

	@Test
	void soapFaultAfterAnUploadLeavesItsOutcomeUnknown() {
		bureau.stubFor(operation("/bureau/44", "isp_upload").willReturn(soapFault("database unavailable")));

		BureauReply reply = upload();

		assertThat(reply).isInstanceOfSatisfying(OutcomeUnknown.class,
				unknown -> assertThat(unknown.reason()).contains("database unavailable"));
		assertThat(reply.retryLater()).isFalse();
	}

	@Test
	void soapFaultToADownloadIsAskedAgainLater() {
		bureau.stubFor(operation("/bureau/44", "isp_download").willReturn(soapFault("database unavailable")));

		BureauReply reply = client.download();

		assertThat(reply).isInstanceOf(NoAnswer.class);
		assertThat(reply.retryLater()).isTrue();
	}

	@Test
	void emptyServerErrorAfterAnUploadLeavesItsOutcomeUnknown() {
		bureau.stubFor(operation("/bureau/44", "isp_upload").willReturn(aResponse().withStatus(500)));

		assertThat(upload()).isInstanceOfSatisfying(OutcomeUnknown.class,
				unknown -> assertThat(unknown.reason()).contains("500"));
	}

	@Test
	void unreadableReturnAfterAnUploadLeavesItsOutcomeUnknown() {
		bureau.stubFor(operation("/bureau/44", "isp_upload")
			.willReturn(replyWithReturnText("isp_upload", "<return><msg_code>zero</msg_code></return>")));

		assertThat(upload()).isInstanceOfSatisfying(OutcomeUnknown.class,
				unknown -> assertThat(unknown.reason()).contains("msg_code"));
	}

	@Test
	void unreadableReturnToADownloadIsAskedAgainLater() {
		bureau.stubFor(operation("/bureau/44", "isp_download").willReturn(replyWithReturnText("isp_download", "<return")));

		assertThat(client.download()).isInstanceOf(NoAnswer.class);
	}

	@Test
	void replyForAnotherOperationAfterAnUploadLeavesItsOutcomeUnknown() {
		bureau.stubFor(operation("/bureau/44", "isp_upload").willReturn(reply("isp_download", 0, "ok")));

		assertThat(upload()).isInstanceOfSatisfying(OutcomeUnknown.class,
				unknown -> assertThat(unknown.reason()).contains("isp_uploadResponse"));
	}

	@Test
	void uploadUnansweredWithinTheReadTimeoutHasAnUnknownOutcome() {
		bureau.stubFor(operation("/bureau/44", "isp_upload")
			.willReturn(reply("isp_upload", 0, "ok").withFixedDelay((int) READ_TIMEOUT.toMillis())));

		long started = System.nanoTime();
		BureauReply reply = clientAt(bureau.baseUrl(), SHORT_READ_TIMEOUT).upload(payload(), 1);

		assertThat(reply).isInstanceOf(OutcomeUnknown.class);
		// it gave up before the bureau answered
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(READ_TIMEOUT);
	}

	@Test
	void refusedConnectionMeansTheUploadWasNotSent() throws IOException {
		BureauClient nobodyListening = clientAt("http://localhost:" + closedPort(), READ_TIMEOUT);

		BureauReply reply = nobodyListening.upload(payload(), 1);

		assertThat(reply).isInstanceOf(NotSent.class);
		assertThat(reply.retryLater()).isTrue();
	}

	@Test
	void connectionResetDuringAnUploadLeavesItsOutcomeUnknown() {
		bureau.stubFor(operation("/bureau/44", "isp_upload").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThat(upload()).isInstanceOf(OutcomeUnknown.class);
	}

	@ParameterizedTest(name = "msg_code {0} is {1}")
	@CsvSource({ "0, DONE", "15, RETRY_LATER", "20, RETRY_LATER", "901, RETRY_LATER", "5, OPERATOR_NEEDED",
			"12, OPERATOR_NEEDED", "7, FIX_AND_RESEND", "777, OPERATOR_NEEDED" })
	void eachMsgCodeOfAnUploadIsClassified(int msgCode, MsgCodeClass expected) {
		bureau.stubFor(operation("/bureau/44", "isp_upload").willReturn(reply("isp_upload", msgCode, "msg " + msgCode)));

		BureauReply reply = upload();

		assertThat(reply).isEqualTo(new Answered(BureauReturn.of(msgCode, "msg " + msgCode), expected));
		assertThat(reply.retryLater()).isEqualTo(expected == MsgCodeClass.RETRY_LATER);
	}

	@Test
	void sequenceGapAsksForReconciliationAndNamesTheMissingSequences() {
		bureau.stubFor(operation("/bureau/44", "isp_upload")
			.willReturn(reply("isp_upload", new BureauReturn(14, "sequence gap", null, List.of(3L, 4L)))));

		BureauReply reply = client.upload(payload(), 5);

		assertThat(reply).isInstanceOfSatisfying(Answered.class, answered -> {
			assertThat(answered.msgCodeClass()).isEqualTo(MsgCodeClass.RECONCILE);
			assertThat(answered.bureauReturn().missingDataSequences()).containsExactly(3L, 4L);
		});
	}

	private BureauReply upload() {
		return client.upload(payload(), 1);
	}

	private static PackedPayload payload() {
		return PayloadCodec.plaintext().pack("<UploadData version=\"V.3.0\"/>".getBytes(StandardCharsets.UTF_8));
	}

	private static BureauClient clientAt(String baseUrl, Duration readTimeout) {
		return SoapClients.forGateway("44", new ProvinceGateway(baseUrl + "/bureau/44", NAMESPACE, "ISP0044", "user",
				"password", "", ""), TestBureauSettings.readTimeout(readTimeout));
	}

	/** A port nobody listens on: taken from the system, then given back. */
	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
