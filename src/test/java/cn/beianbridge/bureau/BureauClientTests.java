package cn.beianbridge.bureau;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.beianbridge.bureau.BureauReply.Answered;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.BureauStubs.SentOperation;
import cn.beianbridge.bureau.internal.SoapBureauClient;
import cn.beianbridge.bureau.internal.SoapClients;
import cn.beianbridge.province.ProvinceGateway;

import static cn.beianbridge.bureau.BureauStubs.BEIAN_STATUS;
import static cn.beianbridge.bureau.BureauStubs.NAMESPACE;
import static cn.beianbridge.bureau.BureauStubs.SOAP_11;
import static cn.beianbridge.bureau.BureauStubs.UP_DOWN_LOAD;
import static cn.beianbridge.bureau.BureauStubs.operation;
import static cn.beianbridge.bureau.BureauStubs.reply;
import static cn.beianbridge.bureau.BureauStubs.replyWithReturnText;
import static cn.beianbridge.bureau.BureauStubs.soapFault;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The SOAP client against a bureau played by WireMock: what goes over the wire, and how replies are read. */
class BureauClientTests {

	static final WireMockServer bureau = new WireMockServer(options().dynamicPort());

	static {
		bureau.start();
	}

	static final String PASSWORD = "s3cret-Pass";

	static final String AES_KEY = "K3y-0f-the-Bure4";

	static final String AES_IV = "1v-0f-the-Bure4u";

	final BureauClient client = SoapClients.forGateway("33", new ProvinceGateway(bureau.baseUrl() + "/bureau/33",
			NAMESPACE, "ISP0033", "bridge-user", PASSWORD, AES_KEY, AES_IV), TestBureauSettings.readTimeout(Duration.ofSeconds(5)));

	final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	final Logger clientLog = (Logger) LoggerFactory.getLogger(SoapBureauClient.class);

	@BeforeEach
	void listen() {
		bureau.resetAll();
		logs.start();
		root.addAppender(logs);
		clientLog.setLevel(Level.DEBUG);
	}

	@AfterEach
	void stopListening() {
		root.detachAppender(logs);
		clientLog.setLevel(null);
	}

	@AfterAll
	static void stopBureau() {
		bureau.stop();
	}

	@Test
	void uploadSendsItsParametersInProtocolOrderAsUnqualifiedChildrenOfTheOperation() {
		bureau.stubFor(operation("/bureau/33", "isp_upload").willReturn(reply("isp_upload", 0, "ok")));
		PackedPayload payload = client.payloadCodec().pack("<UploadData version=\"V.3.0\"/>".getBytes(StandardCharsets.UTF_8));

		BureauReply reply = client.upload(payload, 7);

		assertThat(reply).isEqualTo(new Answered(BureauReturn.of(0, "ok"), MsgCodeClass.DONE));
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl()).isEqualTo("/bureau/33" + UP_DOWN_LOAD);
		assertThat(request.getHeader("SOAPAction")).isEqualTo("\"\"");
		assertThat(request.getHeader("Content-Type")).startsWith("text/xml");
		SentOperation sent = SentOperation.parse(request.getBodyAsString());
		assertThat(sent.envelopeNamespace()).isEqualTo(SOAP_11);
		assertThat(sent.namespace()).isEqualTo(NAMESPACE);
		assertThat(sent.name()).isEqualTo("isp_upload");
		assertThat(sent.parameters().keySet()).containsExactly("ispId", "userName", "randVal", "pwdHash", "beianInfo",
				"beianInfoHash", "dataSequence", "encryptAlgorithm", "hashAlgorithm", "compressionFormat");
		assertThat(sent.childNamespaces()).hasSize(10).containsOnlyNulls();
		assertThat(sent.parameters()).containsEntry("ispId", "ISP0033")
			.containsEntry("userName", "bridge-user")
			.containsEntry("beianInfo", payload.beianInfo())
			.containsEntry("beianInfoHash", payload.beianInfoHash())
			.containsEntry("dataSequence", "7")
			.containsEntry("encryptAlgorithm", "1")
			.containsEntry("hashAlgorithm", "0")
			.containsEntry("compressionFormat", "0");
		assertAuthenticated(sent);
	}

	/** An upload's envelope is written by hand ({@code StreamedUpload}): the account's values still arrive as given. */
	@Test
	void anUploadCarriesAccountValuesWithMarkupCharactersAsTheyAre() {
		BureauClient marked = SoapClients.forGateway("33", new ProvinceGateway(bureau.baseUrl() + "/bureau/33",
				NAMESPACE, "ISP<&>0033", "bridge\"user'&<b>", PASSWORD, "", ""), TestBureauSettings.readTimeout(Duration.ofSeconds(5)));
		bureau.stubFor(operation("/bureau/33", "isp_upload").willReturn(reply("isp_upload", 0, "ok")));
		PackedPayload payload = marked.payloadCodec().pack("<UploadData version=\"V.3.0\"/>".getBytes(StandardCharsets.UTF_8));

		assertThat(marked.upload(payload, 8)).isEqualTo(new Answered(BureauReturn.of(0, "ok"), MsgCodeClass.DONE));

		SentOperation sent = SentOperation.parse(onlyRequest().getBodyAsString());
		assertThat(sent.parameters()).containsEntry("ispId", "ISP<&>0033")
			.containsEntry("userName", "bridge\"user'&<b>")
			.containsEntry("beianInfo", payload.beianInfo())
			.containsEntry("dataSequence", "8");
		assertAuthenticated(sent);
	}

	@Test
	void everyCallAuthenticatesWithAFreshRandVal() {
		bureau.stubFor(operation("/bureau/33", "isp_download").willReturn(reply("isp_download", 2, "nothing")));

		client.download();
		client.download();

		List<SentOperation> sent = bureau.findAll(anyRequestedFor(anyUrl())).stream()
			.map(request -> SentOperation.parse(request.getBodyAsString())).toList();
		assertThat(sent).hasSize(2).allSatisfy(BureauClientTests::assertAuthenticated);
		assertThat(sent.get(0).parameters().get("randVal")).isNotEqualTo(sent.get(1).parameters().get("randVal"));
	}

	@Test
	void downloadReturnsTheFileWhichTheProvincesCodecUnpacksAndTheAckNamesIt() {
		byte[] document = "<DownloadData><ICP/></DownloadData>".getBytes(StandardCharsets.UTF_8);
		PackedPayload file = client.payloadCodec().pack("BAJG0001.xml", document);
		bureau.stubFor(operation("/bureau/33", "isp_download").willReturn(reply("isp_download",
				new BureauReturn(3, "more", FileInfo.of("BAJG0001", file, null), List.of()))));
		bureau.stubFor(operation("/bureau/33", "isp_downloadack").willReturn(reply("isp_downloadack", 0, "ok")));

		Answered download = (Answered) client.download();
		BureauReply ack = client.downloadAck(download.bureauReturn().fileInfo().fileName());

		assertThat(download.msgCode()).isEqualTo(3);
		assertThat(download.msgCodeClass()).isEqualTo(MsgCodeClass.DONE);
		assertThat(client.payloadCodec().unpack(download.bureauReturn().fileInfo().beianInfo(),
				download.bureauReturn().fileInfo().beianInfoHash(), 1).content()).isEqualTo(document);
		assertThat(ack).isEqualTo(Answered.of(BureauReturn.of(0, "ok")));
		SentOperation sentAck = SentOperation.parse(bureau.findAll(anyRequestedFor(anyUrl())).get(1).getBodyAsString());
		assertThat(sentAck.name()).isEqualTo("isp_downloadack");
		assertThat(sentAck.parameters().keySet()).containsExactly("ispId", "userName", "randVal", "pwdHash",
				"hashAlgorithm", "fileName");
		assertThat(sentAck.parameters()).containsEntry("fileName", "BAJG0001").containsEntry("hashAlgorithm", "0");
	}

	@Test
	void queryPreviousUploadReadsTheLastAcceptedSequence() {
		PackedPayload last = client.payloadCodec().pack("<UploadData/>".getBytes(StandardCharsets.UTF_8));
		bureau.stubFor(operation("/bureau/33", "isp_querypreviousupload").willReturn(reply("isp_querypreviousupload",
				new BureauReturn(0, "ok", FileInfo.of("UP41", last, 41L), List.of()))));

		Answered reply = (Answered) client.queryPreviousUpload();

		assertThat(reply.bureauReturn().fileInfo().dataSequence()).isEqualTo(41L);
		assertThat(reply.bureauReturn().fileInfo().fileName()).isEqualTo("UP41");
		assertThat(SentOperation.parse(onlyRequest().getBodyAsString()).parameters().keySet())
			.containsExactly("ispId", "userName", "randVal", "pwdHash", "hashAlgorithm");
	}

	@Test
	void beianStatusIsAskedOfTheStatusServiceWithTheCondition() {
		bureau.stubFor(operation("/bureau/33", "isp_querybeianstatus")
			.willReturn(reply("isp_querybeianstatus", 0, "已备案 浙ICP备12345678号")));

		Answered reply = (Answered) client.queryBeianStatus(0, "example.cn");

		assertThat(reply.bureauReturn().msg()).isEqualTo("已备案 浙ICP备12345678号");
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl()).isEqualTo("/bureau/33" + BEIAN_STATUS);
		SentOperation sent = SentOperation.parse(request.getBodyAsString());
		assertThat(sent.parameters().keySet()).containsExactly("ispId", "userName", "randVal", "pwdHash",
				"hashAlgorithm", "queryConditionType", "queryCondition");
		assertThat(sent.parameters()).containsEntry("queryConditionType", "0").containsEntry("queryCondition", "example.cn");
	}

	@Test
	void filingPasswordIsCheckedAtTheStatusService() {
		bureau.stubFor(operation("/bureau/33", "isp_verifybamm").willReturn(reply("isp_verifybamm", 0, "ok")));

		BureauReply reply = client.verifyBamm("浙ICP备12345678号", "bamm-Secret-1");

		assertThat(reply).isEqualTo(Answered.of(BureauReturn.of(0, "ok")));
		LoggedRequest request = onlyRequest();
		assertThat(request.getUrl()).isEqualTo("/bureau/33" + BEIAN_STATUS);
		SentOperation sent = SentOperation.parse(request.getBodyAsString());
		assertThat(sent.name()).isEqualTo("isp_verifybamm");
		assertThat(sent.parameters().keySet()).containsExactly("ispId", "userName", "randVal", "pwdHash",
				"hashAlgorithm", "baxh", "bamm");
		assertThat(sent.parameters()).containsEntry("baxh", "浙ICP备12345678号").containsEntry("bamm", "bamm-Secret-1");
	}

	@Test
	void theFilingPasswordCheckSaysCorrectOrWrongByVerifyRes() {
		bureau.stubFor(operation("/bureau/33", "isp_verifybamm").willReturn(replyWithReturnText("isp_verifybamm",
				new VerifyBammReply(0, "ok", false).toXml())));
		assertThat(((Answered) client.verifyBamm("浙ICP备12345678号", "bamm-Secret-1")).filingPasswordCorrect())
			.as("VerifyRes 1").isFalse();

		bureau.resetAll();
		// no schema is published: the element is read in any case, wherever it stands
		bureau.stubFor(operation("/bureau/33", "isp_verifybamm").willReturn(replyWithReturnText("isp_verifybamm",
				"<return><verifyres>0</verifyres><msg_code>0</msg_code><msg>ok</msg></return>")));
		assertThat(((Answered) client.verifyBamm("浙ICP备12345678号", "bamm-Secret-1")).filingPasswordCorrect())
			.as("VerifyRes 0").isTrue();
	}

	@Test
	void aFilingPasswordCheckAnsweredWithAnUnknownVerifyResIsNoAnswer() {
		bureau.stubFor(operation("/bureau/33", "isp_verifybamm").willReturn(replyWithReturnText("isp_verifybamm",
				"<return><msg_code>0</msg_code><msg>ok</msg><VerifyRes>2</VerifyRes></return>")));

		assertThat(client.verifyBamm("浙ICP备12345678号", "bamm-Secret-1")).isInstanceOfSatisfying(
				BureauReply.NoAnswer.class, noAnswer -> assertThat(noAnswer.reason()).contains("VerifyRes", "'2'"));
	}

	@Test
	void secretsStayOutOfLogsAndDescriptions() {
		bureau.stubFor(operation("/bureau/33", "isp_upload").willReturn(soapFault("internal error")));
		bureau.stubFor(operation("/bureau/33", "isp_verifybamm").willReturn(reply("isp_verifybamm", 5, "bad password")));
		BureauCall verify = new BureauCall.VerifyBamm("浙ICP备12345678号", "bamm-Secret-1");

		client.upload(client.payloadCodec().pack("<UploadData/>".getBytes(StandardCharsets.UTF_8)), 1);
		client.call(verify);

		List<String> pwdHashes = bureau.findAll(anyRequestedFor(anyUrl())).stream()
			.map(request -> SentOperation.parse(request.getBodyAsString()).parameters().get("pwdHash")).toList();
		String logged = String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
		assertThat(logged).contains("isp_upload", "outcome unknown", "isp_verifybamm", "msg_code 5");
		assertThat(logged).doesNotContain(PASSWORD, AES_KEY, AES_IV, "bamm-Secret-1").doesNotContain(pwdHashes);
		assertThat(client.toString() + verify).contains("ISP0033").doesNotContain(PASSWORD, AES_KEY, AES_IV,
				"bamm-Secret-1");
	}

	private static LoggedRequest onlyRequest() {
		List<LoggedRequest> requests = bureau.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private static void assertAuthenticated(SentOperation sent) {
		String randVal = sent.parameters().get("randVal");
		assertThat(randVal).matches("[0-9A-Za-z]{20}");
		assertThat(BureauCredentials.pwdHashMatches(PASSWORD, randVal, sent.parameters().get("pwdHash"))).isTrue();
	}

}
