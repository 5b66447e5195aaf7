package cn.beianbridge.simulator.bureau;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import cn.beianbridge.bureau.BureauClient;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocumentReader;
import cn.beianbridge.bureau.MsgCodeClass;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.bureau.internal.BureauSettings;
import cn.beianbridge.bureau.internal.SoapClients;
import cn.beianbridge.province.ProvinceGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conformance: the project's own client (Spring WS, codec, classification) against the project's own
 * simulated bureau, over real HTTP. Zhejiang (33) encrypts with AES; Jiangsu (32) is plaintext.
 */
// A context of its own: its own limit of filing-password checks (per password and window).
@TestPropertySource(properties = "bridge.simulators.bureau.password-checks-per-window=4")
class BureauConformanceTests extends SimulatorTestSupport {

	@Autowired
	BureauSettings settings;

	@ParameterizedTest(name = "province {0}")
	@ValueSource(strings = { ZHEJIANG, JIANGSU })
	void allSixOperationsWorkEndToEndWithAesOnAndOff(String province) throws Exception {
		BureauClient client = client(province, gateway -> gateway);
		long sequence = previousSequence(client);
		UploadRecord record = files(province).firstFiling("合规测试网站", "conformance-" + UploadFiles.nextId() + ".cn");
		PackedPayload payload = client.payloadCodec().pack(UploadFiles.fileName(province), files(province).document(record));

		assertThat(answered(client.upload(payload, sequence + 1)).msgCode()).isZero();
		BureauReply.Answered previous = answered(client.queryPreviousUpload());
		assertThat(previous.bureauReturn().fileInfo().dataSequence()).isEqualTo(sequence + 1);
		assertThat(previous.bureauReturn().fileInfo().beianInfoHash()).isEqualTo(payload.beianInfoHash());

		List<DownloadDocument> downloads = downloadAll(client);
		String entityNumber = downloads.stream().flatMap(d -> d.filedData().stream()).flatMap(d -> d.records().stream())
			.filter(r -> r.entity().ispZtid() == record.ispZtid()).map(r -> r.entity().icpNumber()).findFirst()
			.orElseThrow();
		assertThat(downloads).flatMap(d -> d.bureauResults().stream().flatMap(r -> r.results().stream()).toList())
			.anySatisfy(result -> {
				assertThat(result.identifier()).isEqualTo(Long.toString(record.ispZtid()));
				assertThat(result.code()).isEqualTo(1001);
			});
		assertThat(answered(client.download()).msgCode()).as("drained").isEqualTo(2);

		assertThat(answered(client.queryBeianStatus(0, record.filing().websites().get(0).domains().get(0))).msgCode())
			.isZero();
		assertThat(answered(client.verifyBamm(entityNumber, UploadFiles.PASSWORD_MD5)).filingPasswordCorrect())
			.as("the password of what the simulator filed").isTrue();
		assertThat(answered(client.verifyBamm(entityNumber + "-1", "123456")).filingPasswordCorrect())
			.as("by a website's number, in plain text").isTrue();
		assertThat(answered(client.verifyBamm(entityNumber, "0cc175b9c0f1b6a831c399e269772661")).filingPasswordCorrect())
			.isFalse();
	}

	@Test
	void anEntityFiledBeforeTheSimulatorTeachesItsPasswordAtItsFirstCheck() {
		BureauClient client = client(GUANGDONG, g -> g);
		String older = "粤ICP备12000042号";

		assertThat(answered(client.verifyBamm(older, UploadFiles.PASSWORD_MD5)).filingPasswordCorrect()).isTrue();
		assertThat(answered(client.verifyBamm(older, "0cc175b9c0f1b6a831c399e269772661")).filingPasswordCorrect())
			.as("held to the first").isFalse();
		assertThat(answered(client.verifyBamm(older + "-3", UploadFiles.PASSWORD_MD5)).filingPasswordCorrect()).isTrue();
	}

	@Test
	void passwordChecksCanBeRefusedForTests() {
		BureauClient client = client(GUANGDONG, g -> g);
		simulator.faults(GUANGDONG).refusePasswordChecks(2, 999);
		try {
			assertThat(answered(client.verifyBamm("粤ICP备2026000077号", UploadFiles.PASSWORD_MD5)))
				.satisfies(a -> assertCode(a, 999, MsgCodeClass.RETRY_LATER));
			assertThat(answered(client.verifyBamm("粤ICP备2026000077号", UploadFiles.PASSWORD_MD5)).filingPasswordCorrect())
				.as("no VerifyRes with an error").isNull();
			assertThat(answered(client.verifyBamm("粤ICP备2026000077号", UploadFiles.PASSWORD_MD5)).filingPasswordCorrect())
				.isTrue();
		}
		finally {
			simulator.faults(GUANGDONG).reset();
		}
	}

	@Test
	void wrongAccountsAreRefusedAndNeedAnOperator() {
		assertThat(answered(client(JIANGSU, g -> with(g, "ISP3200001", "someone-else", g.password())).queryPreviousUpload()))
			.satisfies(a -> assertCode(a, 4, MsgCodeClass.OPERATOR_NEEDED));
		assertThat(answered(client(JIANGSU, g -> with(g, g.ispId(), g.userName(), "wrong")).queryPreviousUpload()))
			.satisfies(a -> assertCode(a, 5, MsgCodeClass.OPERATOR_NEEDED));
		assertThat(answered(client(JIANGSU, g -> with(g, "ISP9999999", g.userName(), g.password())).queryPreviousUpload()))
			.satisfies(a -> assertCode(a, 13, MsgCodeClass.OPERATOR_NEEDED));
	}

	@Test
	void broken_files_are_refused_with_their_codes_so_they_can_be_fixed_and_resent() throws Exception {
		BureauClient plain = client(JIANGSU, g -> g);
		BureauClient aes = client(ZHEJIANG, g -> g);
		long next = previousSequence(plain) + 1;
		PackedPayload good = plain.payloadCodec().pack(UploadFiles.fileName(JIANGSU),
				files(JIANGSU).document(files(JIANGSU).firstFiling("修复后重传", "fix-" + UploadFiles.nextId() + ".cn")));
		byte[] notZip = "not a zip file".getBytes(StandardCharsets.US_ASCII);

		assertCode(answered(plain.upload(withHash(good, "AAAAAAAAAAAAAAAAAAAAAA=="), next)), 7, MsgCodeClass.FIX_AND_RESEND);
		assertCode(answered(plain.upload(new PackedPayload(Base64.getEncoder().encodeToString(notZip), md5(notZip), 0, 0, 0,
				notZip.length), next)), 8, MsgCodeClass.FIX_AND_RESEND);
		assertCode(answered(plain.upload(new PackedPayload(good.beianInfo(), good.beianInfoHash(), 0, 1, 0,
				good.zipBytes()), next)), 10, MsgCodeClass.FIX_AND_RESEND);
		assertCode(answered(plain.upload(new PackedPayload(good.beianInfo(), good.beianInfoHash(), 0, 0, 1,
				good.zipBytes()), next)), 11, MsgCodeClass.FIX_AND_RESEND);
		long nextZhejiang = previousSequence(aes) + 1;
		assertCode(answered(aes.upload(good, nextZhejiang)), 9, MsgCodeClass.FIX_AND_RESEND);
		BureauClient wrongKey = client(ZHEJIANG, g -> new ProvinceGateway(g.endpoint(), g.namespace(), g.ispId(),
				g.userName(), g.password(), "abcdef0123456789", g.aesIv()));
		PackedPayload misencrypted = wrongKey.payloadCodec().pack(UploadFiles.fileName(ZHEJIANG),
				files(ZHEJIANG).document(files(ZHEJIANG).firstFiling("密钥错误", "key-" + UploadFiles.nextId() + ".cn")));
		assertCode(answered(wrongKey.upload(misencrypted, nextZhejiang)), 6, MsgCodeClass.FIX_AND_RESEND);

		assertThat(answered(plain.upload(good, next)).msgCode()).as("the same file, fixed, is accepted").isZero();
		assertThat(previousSequence(plain)).as("no refused file took a sequence number").isEqualTo(next);
	}

	@Test
	void sequenceGapsAndReusedNumbersAreReportedForReconciliation() {
		BureauClient client = client(JIANGSU, g -> g);
		long last = previousSequence(client);
		PackedPayload payload = client.payloadCodec().pack(UploadFiles.fileName(JIANGSU),
				files(JIANGSU).document(files(JIANGSU).firstFiling("序号测试", "seq-" + UploadFiles.nextId() + ".cn")));

		BureauReply.Answered gap = answered(client.upload(payload, last + 4));
		assertCode(gap, 14, MsgCodeClass.RECONCILE);
		assertThat(gap.bureauReturn().missingDataSequences()).containsExactly(last + 1, last + 2, last + 3);

		if (last > 0) {
			assertThat(answered(client.upload(payload, last)).msgCode()).as("a number already accepted").isEqualTo(999);
		}
	}

	@Test
	void theBureausBusySignalsMeanRetryLater() {
		BureauClient client = client(JIANGSU, g -> g);
		long next = previousSequence(client) + 1;
		PackedPayload payload = client.payloadCodec().pack(UploadFiles.fileName(JIANGSU),
				files(JIANGSU).document(files(JIANGSU).firstFiling("稍后重试", "later-" + UploadFiles.nextId() + ".cn")));

		simulator.faults(JIANGSU).maintenanceUploads(true);
		assertCode(answered(client.upload(payload, next)), 901, MsgCodeClass.RETRY_LATER);
		simulator.faults(JIANGSU).reset().outsideUploadHours(true);
		assertCode(answered(client.upload(payload, next)), 20, MsgCodeClass.RETRY_LATER);
		simulator.faults(JIANGSU).reset().pendingLimit(1);
		assertCode(answered(client.upload(payload, next)), 15, MsgCodeClass.RETRY_LATER);
		simulator.faults(JIANGSU).reset().maintenanceDownloads(true);
		assertCode(answered(client.download()), 902, MsgCodeClass.RETRY_LATER);
		simulator.faults(JIANGSU).reset();
		assertThat(previousSequence(client)).as("nothing was taken meanwhile").isEqualTo(next - 1);
	}

	@Test
	void tooManyFilingPasswordChecksNeedAnOperator() {
		// Guangdong: this context allows 4 checks of one password in the window, and no other test checks it.
		BureauClient client = client(GUANGDONG, g -> g);
		List<Integer> codes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			codes.add(answered(client.verifyBamm("粤ICP备2026000001号", UploadFiles.PASSWORD_MD5)).msgCode());
		}
		assertThat(codes).containsExactly(0, 0, 0, 0, 22);
		assertThat(answered(client.verifyBamm("粤ICP备2026000002号", UploadFiles.PASSWORD_MD5)).msgCode())
			.as("another entity's password").isZero();
		assertThat(answered(client.verifyBamm("粤ICP备2026000001号", UploadFiles.PASSWORD_MD5)).msgCodeClass())
			.isEqualTo(MsgCodeClass.OPERATOR_NEEDED);
	}

	@Test
	void aLostReplyLeavesTheUploadUnknownAndTheBureauTellsWhatItReceived() {
		BureauClient client = client(JIANGSU, g -> g);
		long next = previousSequence(client) + 1;
		PackedPayload payload = client.payloadCodec().pack(UploadFiles.fileName(JIANGSU),
				files(JIANGSU).document(files(JIANGSU).firstFiling("回复丢失", "lost-" + UploadFiles.nextId() + ".cn")));
		simulator.faults(JIANGSU).dropUploadReplies(1);

		assertThat(client.upload(payload, next)).isInstanceOf(BureauReply.OutcomeUnknown.class);

		BureauReply.Answered previous = answered(client.queryPreviousUpload());
		assertThat(previous.bureauReturn().fileInfo().dataSequence()).isEqualTo(next);
		assertThat(previous.bureauReturn().fileInfo().beianInfoHash()).isEqualTo(payload.beianInfoHash());
	}

	@Test
	void soapFaultsAndMalformedRepliesToAnUploadAreUnknownNeverFailed() {
		BureauClient client = client(JIANGSU, g -> g);
		PackedPayload payload = client.payloadCodec().pack(UploadFiles.fileName(JIANGSU),
				files(JIANGSU).document(files(JIANGSU).firstFiling("故障测试", "fault-" + UploadFiles.nextId() + ".cn")));

		long next = previousSequence(client) + 1;

		simulator.faults(JIANGSU).soapFaults(1);
		assertThat(client.upload(payload, next)).isInstanceOf(BureauReply.OutcomeUnknown.class);
		simulator.faults(JIANGSU).reset().malformedReturns(1);
		assertThat(client.upload(payload, next)).isInstanceOf(BureauReply.OutcomeUnknown.class);
		simulator.faults(JIANGSU).reset();
		// the simulator did its work before garbling the reply: the bureau has the file
		assertThat(previousSequence(client)).isEqualTo(next);
	}

	@Test
	void ourClientNeverSendsWhatTheBureauWouldRefuseAs16Or21() {
		BureauClient client = client(JIANGSU, g -> g);
		// 16 (randVal shorter than 20) cannot happen: every call carries a fresh 20-character randVal
		// (BureauClientTests checks the wire); 21 (empty ack name) is refused before anything is sent.
		assertThatThrownBy(() -> client.downloadAck("")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("return_FileName");
	}

	private BureauClient client(String province, java.util.function.UnaryOperator<ProvinceGateway> adjust) {
		ProvinceGateway configured = provinces.get(province).gateway();
		ProvinceGateway here = new ProvinceGateway(endpoint(province), configured.namespace(), configured.ispId(),
				configured.userName(), configured.password(), configured.aesKey(), configured.aesIv());
		return SoapClients.forGateway(province, adjust.apply(here), settings);
	}

	private static ProvinceGateway with(ProvinceGateway g, String ispId, String userName, String password) {
		return new ProvinceGateway(g.endpoint(), g.namespace(), ispId, userName, password, g.aesKey(), g.aesIv());
	}

	private static long previousSequence(BureauClient client) {
		return answered(client.queryPreviousUpload()).bureauReturn().fileInfo().dataSequence();
	}

	private List<DownloadDocument> downloadAll(BureauClient client) {
		List<DownloadDocument> documents = new ArrayList<>();
		while (true) {
			BureauReply.Answered reply = answered(client.download());
			if (reply.msgCode() == 2) {
				return documents;
			}
			assertThat(reply.msgCode()).isIn(1, 3);
			var file = reply.bureauReturn().fileInfo();
			PayloadCodec.UnpackedFile unpacked = client.payloadCodec().unpack(file.beianInfo(), file.beianInfoHash(),
					file.encryptAlgorithm());
			documents.add(new DownloadDocumentReader().read(unpacked.content()));
			assertThat(answered(client.downloadAck(file.fileName())).msgCode()).isZero();
		}
	}

	private static BureauReply.Answered answered(BureauReply reply) {
		assertThat(reply).isInstanceOf(BureauReply.Answered.class);
		return (BureauReply.Answered) reply;
	}

	private static void assertCode(BureauReply.Answered answered, int code, MsgCodeClass expected) {
		assertThat(answered.msgCode()).as(answered.bureauReturn().msg()).isEqualTo(code);
		assertThat(answered.msgCodeClass()).isEqualTo(expected);
	}

	private static PackedPayload withHash(PackedPayload payload, String hash) {
		return new PackedPayload(payload.beianInfo(), hash, payload.encryptAlgorithm(), payload.hashAlgorithm(),
				payload.compressionFormat(), payload.zipBytes());
	}

	private static String md5(byte[] bytes) throws Exception {
		return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
	}

}
