package cn.beianbridge.simulator.bureau;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ws.client.WebServiceTransportException;
import org.springframework.ws.soap.client.SoapFaultClientException;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.UnreadableDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulated bureaus misbehaving on demand, through the Java API and the admin endpoint. */
class BureauSimulatorFaultTests extends SimulatorTestSupport {

	@Test
	void maintenanceRefusesUploadsAndDownloadsSeparately() {
		SoapBureauCalls calls = calls(JIANGSU);
		simulator.faults(JIANGSU).maintenanceUploads(true);
		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isEqualTo(901);
		assertThat(calls.download().msgCode()).isNotEqualTo(902);

		simulator.faults(JIANGSU).maintenanceUploads(false).maintenanceDownloads(true);
		assertThat(calls.download().msgCode()).isEqualTo(902);
		assertThat(calls.acknowledge("32BAJG1").msgCode()).isEqualTo(902);
		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isZero();
	}

	@Test
	void refusesUploadsOutsideTheUploadHours() {
		SoapBureauCalls calls = calls(JIANGSU);
		simulator.faults(JIANGSU).outsideUploadHours(true);

		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isEqualTo(20);
	}

	@Test
	void refusesUploadsWhileTooManyFilesWaitForADecision() {
		drain(JIANGSU);
		SoapBureauCalls calls = calls(JIANGSU);
		simulator.faults(JIANGSU).pendingLimit(1);
		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isZero();

		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isEqualTo(15);

		drain(JIANGSU);
		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isZero();
	}

	@Test
	void repliesSlowlyWhenTold() {
		simulator.faults(JIANGSU).replyDelay(Duration.ofMillis(400));
		long started = System.nanoTime();

		assertThat(calls(JIANGSU).previousUpload().msgCode()).isZero();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void aDroppedReplyIsAnEmptyHttp500AfterTheUploadWasCounted() {
		SoapBureauCalls calls = calls(JIANGSU);
		long sequence = nextSequence(calls);
		simulator.faults(JIANGSU).dropUploadReplies(2);

		HttpResponse<String> raw = RawSoap.post(endpoint(JIANGSU) + "/" + SoapBureauCalls.UP_DOWN_LOAD,
				SoapBureauCalls.request(provinces.get(JIANGSU).gateway().namespace(), "isp_upload",
						calls.uploadParameters(aFile(), sequence)));
		assertThat(raw.statusCode()).isEqualTo(500);
		assertThat(raw.body()).isEmpty();
		assertThatThrownBy(() -> calls.upload(aFile(), sequence + 1)).isInstanceOf(WebServiceTransportException.class);

		BureauReturn previous = calls.previousUpload();
		assertThat(previous.fileInfo().dataSequence()).isEqualTo(sequence + 1);
		assertThat(calls.upload(aFile(), sequence + 2).msgCode()).as("replies again").isZero();
	}

	@Test
	void answersWithASoapFaultWhenTold() {
		simulator.faults(JIANGSU).soapFaults(1);
		SoapBureauCalls calls = calls(JIANGSU);

		assertThatThrownBy(calls::download).isInstanceOfSatisfying(SoapFaultClientException.class,
				fault -> assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Server"));
		assertThat(calls.previousUpload().msgCode()).isZero();
	}

	@Test
	void garblesTheReturnDocumentWhenTold() {
		simulator.faults(JIANGSU).malformedReturns(1);
		SoapBureauCalls calls = calls(JIANGSU);

		assertThatThrownBy(calls::previousUpload).isInstanceOf(UnreadableDocument.class);
		assertThat(calls.previousUpload().msgCode()).isZero();
	}

	@Test
	void aLostAcknowledgementIsAFaultAndTheFileComesAgain() {
		SoapBureauCalls calls = calls(JIANGSU);
		drain(JIANGSU);
		simulator.forceNext(JIANGSU, Decision.REJECT); // one result file, no numbers file
		uploadAccepted(JIANGSU, files(JIANGSU).firstFiling("江苏失联官网", "lost-" + UploadFiles.nextId() + ".cn"));
		String fileName = calls.download().fileInfo().fileName();
		simulator.faults(JIANGSU).lostAcks(1);

		assertThatThrownBy(() -> calls.acknowledge(fileName)).isInstanceOfSatisfying(SoapFaultClientException.class,
				fault -> assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Server"));

		assertThat(calls.download().fileInfo().fileName()).as("sent again").isEqualTo(fileName);
		assertThat(calls.acknowledge(fileName).msgCode()).isZero();
		assertThat(calls.download().msgCode()).isEqualTo(2);
	}

	@Test
	void aDroppedAcknowledgementReplyIsAnEmptyHttp500AfterTheBureauRecordedIt() {
		SoapBureauCalls calls = calls(JIANGSU);
		drain(JIANGSU);
		simulator.forceNext(JIANGSU, Decision.REJECT);
		uploadAccepted(JIANGSU, files(JIANGSU).firstFiling("江苏无回官网", "mute-" + UploadFiles.nextId() + ".cn"));
		String fileName = calls.download().fileInfo().fileName();
		simulator.faults(JIANGSU).dropAckReplies(1);

		HttpResponse<String> raw = RawSoap.post(endpoint(JIANGSU) + "/" + SoapBureauCalls.UP_DOWN_LOAD,
				SoapBureauCalls.request(provinces.get(JIANGSU).gateway().namespace(), "isp_downloadack",
						calls.acknowledgeParameters(fileName)));
		assertThat(raw.statusCode()).isEqualTo(500);
		assertThat(raw.body()).isEmpty();

		assertThat(calls.download().msgCode()).as("not sent again").isEqualTo(2);
		assertThat(calls.acknowledge(fileName).msg()).contains("acknowledged before");
	}

	@Test
	void theAdminEndpointSetsShowsAndResetsTheSwitches() {
		String faults = endpoint(JIANGSU) + "/faults";

		HttpResponse<String> set = RawSoap.json("POST", faults, "{\"maintenanceUploads\": true, \"replyDelayMs\": 5}");
		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(set.body()).contains("\"maintenanceUploads\":true", "\"replyDelayMs\":5", "\"outsideUploadHours\":false");
		assertThat(simulator.faults(JIANGSU).current().maintenanceUploads()).isTrue();
		SoapBureauCalls calls = calls(JIANGSU);
		assertThat(calls.upload(aFile(), nextSequence(calls)).msgCode()).isEqualTo(901);
		assertThat(RawSoap.json("GET", faults, null).body()).contains("\"maintenanceUploads\":true");

		assertThat(RawSoap.json("DELETE", faults, null).statusCode()).isEqualTo(200);
		assertThat(simulator.faults(JIANGSU).current()).isEqualTo(FaultSwitches.NONE);
		assertThat(RawSoap.json("POST", faults, "{\"pendingLimit\": -1}").statusCode()).isEqualTo(400);
		assertThat(RawSoap.json("GET", endpoint("99") + "/faults", null).statusCode()).isEqualTo(400);
	}

	@Test
	void theAdminEndpointQueuesForcedDecisions() {
		HttpResponse<String> forced = RawSoap.json("POST", endpoint(JIANGSU) + "/decisions",
				"{\"decision\": \"REFUSE\", \"resultCode\": 1020}");

		assertThat(forced.statusCode()).isEqualTo(200);
		assertThat(simulator.forcedDecisions(JIANGSU)).containsExactly(new ForcedDecision(Decision.REFUSE, 1020));
		assertThat(RawSoap.json("POST", endpoint(JIANGSU) + "/decisions", "{\"decision\": \"APPROVE\", \"resultCode\": 1005}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void speaksDocumentLiteralWrappedWithTheReturnEscaped() {
		HttpResponse<String> raw = RawSoap.post(endpoint(JIANGSU) + "/" + SoapBureauCalls.UP_DOWN_LOAD,
				SoapBureauCalls.request("http://beian.miit.gov.cn/isp", "isp_querypreviousupload", calls(JIANGSU).auth()));

		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.body()).contains("<ns:isp_querypreviousuploadResponse xmlns:ns=\"http://beian.miit.gov.cn/isp\">"
				+ "<return>&lt;return version=\"V.3.0\"&gt;&lt;msg_code&gt;0&lt;/msg_code&gt;");
	}

	@Test
	void eachProvinceAnswersInItsOwnNamespace() {
		assertThat(calls(GUANGDONG).previousUpload().msgCode()).isZero();

		SoapBureauCalls wrongNamespace = new SoapBureauCalls(endpoint(GUANGDONG), "http://beian.miit.gov.cn/isp", "", "", "");
		assertThatThrownBy(wrongNamespace::previousUpload).isInstanceOfSatisfying(SoapFaultClientException.class,
				fault -> assertThat(fault.getFaultStringOrReason()).contains("No operation"));
	}

	@Test
	void refusesWhatTheBindingDoesNotAllowWithAClientFault() {
		SoapBureauCalls calls = calls(JIANGSU);

		assertThatThrownBy(() -> calls.call(SoapBureauCalls.UP_DOWN_LOAD, "isp_nosuchthing", calls.auth()))
			.isInstanceOfSatisfying(SoapFaultClientException.class,
					fault -> assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("Client"));
		assertThatThrownBy(() -> calls.call(SoapBureauCalls.BEIAN_STATUS, "isp_download", calls.auth()))
			.isInstanceOf(SoapFaultClientException.class);
		StringBuilder qualified = new StringBuilder("<ns:isp_download xmlns:ns=\"http://beian.miit.gov.cn/isp\">");
		calls.auth().forEach((name, value) -> qualified.append("<ns:%s>%s</ns:%s>".formatted(name, value, name)));
		qualified.append("</ns:isp_download>");
		assertThatThrownBy(() -> calls.send(SoapBureauCalls.UP_DOWN_LOAD, qualified.toString()))
			.isInstanceOfSatisfying(SoapFaultClientException.class,
					fault -> assertThat(fault.getFaultStringOrReason()).contains("is namespace-qualified", "unqualified"));
		Map<String, String> notANumber = calls.auth();
		notANumber.put("hashAlgorithm", "MD5");
		assertThatThrownBy(() -> calls.call(SoapBureauCalls.UP_DOWN_LOAD, "isp_download", notANumber))
			.isInstanceOfSatisfying(SoapFaultClientException.class,
					fault -> assertThat(fault.getFaultStringOrReason()).contains("hashAlgorithm"));
	}

	@Test
	void anUnknownProvinceOrServiceIsNotFound() {
		String request = SoapBureauCalls.request("http://beian.miit.gov.cn/isp", "isp_download", calls(JIANGSU).auth());

		assertThat(RawSoap.post(endpoint("99") + "/" + SoapBureauCalls.UP_DOWN_LOAD, request).statusCode()).isEqualTo(404);
		assertThat(RawSoap.post(endpoint(JIANGSU) + "/ISPWebService/elsewhere", request).statusCode()).isEqualTo(404);
	}

	private PackedPayload aFile() {
		return packed(JIANGSU, files(JIANGSU).firstFiling("江苏故障官网", "fault-" + UploadFiles.nextId() + ".cn"));
	}

}
