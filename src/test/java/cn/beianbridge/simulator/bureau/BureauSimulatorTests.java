package cn.beianbridge.simulator.bureau;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauKey;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.bureau.internal.Digests;

import static org.assertj.core.api.Assertions.assertThat;

/** Each operation of the bureau interface, and every call-level msg_code the simulator answers with. */
class BureauSimulatorTests extends SimulatorTestSupport {

	@Test
	void acceptsAnEncryptedUploadAndReturnsItAsThePreviousUpload() {
		SoapBureauCalls calls = calls(ZHEJIANG);
		long sequence = nextSequence(calls);
		PackedPayload payload = packed(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江示例官网", "prev-" + sequence + ".cn"));
		assertThat(payload.encryptAlgorithm()).isEqualTo(PackedPayload.AES_CBC);

		BureauReturn reply = calls.upload(payload, sequence);

		assertThat(reply.msgCode()).as(reply.msg()).isZero();
		BureauReturn previous = calls.previousUpload();
		assertThat(previous.msgCode()).isZero();
		assertThat(previous.fileInfo().dataSequence()).isEqualTo(sequence);
		assertThat(previous.fileInfo().beianInfoHash()).isEqualTo(payload.beianInfoHash());
		PayloadCodec.UnpackedFile file = codec(ZHEJIANG).unpack(previous.fileInfo().beianInfo(),
				previous.fileInfo().beianInfoHash(), previous.fileInfo().encryptAlgorithm());
		assertThat(previous.fileInfo().fileName()).isEqualTo(file.name()).startsWith("33T");
		assertThat(new String(file.content(), java.nio.charset.Charset.forName("GBK"))).contains("prev-" + sequence + ".cn");
	}

	@Test
	void acceptsAPlaintextUploadWhereTheBureauDoesNotEncrypt() {
		PackedPayload payload = packed(JIANGSU, files(JIANGSU).firstFiling("江苏示例官网", "plain-" + UploadFiles.nextId() + ".cn"));
		assertThat(payload.encryptAlgorithm()).isEqualTo(PackedPayload.PLAINTEXT);
		SoapBureauCalls calls = calls(JIANGSU);

		assertThat(calls.upload(payload, nextSequence(calls)).msgCode()).isZero();
	}

	@Test
	void aProvinceWithNoUploadYetReportsSequenceZeroAndNoFile() {
		BureauReturn previous = calls("65").previousUpload();

		assertThat(previous.msgCode()).isZero();
		assertThat(previous.fileInfo().dataSequence()).isZero();
		assertThat(previous.fileInfo().hasFile()).isFalse();
	}

	@Test
	void aSequenceGapIsRefusedWithTheMissingNumbersAndARepeatAsAlreadyReceived() {
		SoapBureauCalls calls = calls(JIANGSU);
		long next = nextSequence(calls);
		UploadRecord record = files(JIANGSU).firstFiling("江苏跳号官网", "gap-" + next + ".cn");

		BureauReturn gap = calls.upload(packed(JIANGSU, record), next + 3);
		assertThat(gap.msgCode()).isEqualTo(14);
		assertThat(gap.missingDataSequences()).containsExactly(next, next + 1, next + 2);

		assertThat(calls.upload(packed(JIANGSU, record), next).msgCode()).isZero();
		BureauReturn repeat = calls.upload(packed(JIANGSU, record), next);
		assertThat(repeat.msgCode()).isEqualTo(999);
		assertThat(repeat.msg()).isEqualTo("dataSequence %d already received".formatted(next));
		assertThat(nextSequence(calls)).isEqualTo(next + 1);
	}

	@Test
	void refusesCallersThatAreNotTheProvincesProvider() {
		SoapBureauCalls calls = calls(ZHEJIANG);

		assertThat(callWith(calls, Map.of("userName", "someone-else"))).isEqualTo(4);
		assertThat(callWith(calls, Map.of("ispId", "ISP3200001"))).isEqualTo(13);
		assertThat(new SoapBureauCalls(endpoint(ZHEJIANG), provinces.get(ZHEJIANG).gateway().namespace(), "ISP3300001",
				"bridge33", "wrong-password").download().msgCode()).isEqualTo(5);
		assertThat(callWith(calls, Map.of("randVal", "short1234567890"))).isEqualTo(16);
		assertThat(callWith(calls, Map.of("hashAlgorithm", "1"))).isEqualTo(10);
	}

	@Test
	void theDemosEmptyAccountIsTheAccountWhereNoneIsConfigured() {
		assertThat(calls(GUANGDONG).previousUpload().msgCode()).isZero();
	}

	@Test
	void refusesPayloadsThatDoNotUnpack() {
		SoapBureauCalls zhejiang = calls(ZHEJIANG);
		long sequence = nextSequence(zhejiang);
		byte[] document = files(ZHEJIANG).document(files(ZHEJIANG).firstFiling("浙江解包官网", "unpack-" + sequence + ".cn"));
		PackedPayload good = codec(ZHEJIANG).pack(UploadFiles.fileName(ZHEJIANG), document);
		PackedPayload wrongKey = PayloadCodec.aes(BureauKey.fromText("ffffffffffffffff", "fedcba9876543210"))
			.pack(UploadFiles.fileName(ZHEJIANG), document);
		PackedPayload plain = PayloadCodec.plaintext().pack(UploadFiles.fileName(ZHEJIANG), document);

		// a wrong key fails the CBC padding (6), except about once in 256 payloads where the padding happens to look
		// right: then the garbage fails the hash (7); either way it is refused
		assertThat(zhejiang.upload(wrongKey, sequence).msgCode()).isIn(6, 7);
		assertThat(zhejiang.upload(withHash(good, Digests.md5Base64(new byte[] { 1 })), sequence).msgCode()).isEqualTo(7);
		assertThat(zhejiang.upload(plain, sequence).msgCode()).isEqualTo(9);
		assertThat(uploadWith(zhejiang, good, sequence, Map.of("compressionFormat", "1"))).isEqualTo(11);

		SoapBureauCalls jiangsu = calls(JIANGSU);
		byte[] notAZip = "not a zip at all".getBytes(StandardCharsets.US_ASCII);
		PackedPayload garbage = new PackedPayload(Base64.getEncoder().encodeToString(notAZip), Digests.md5Base64(notAZip),
				0, 0, 0, notAZip.length);
		assertThat(jiangsu.upload(garbage, nextSequence(jiangsu)).msgCode()).isEqualTo(8);
		assertThat(uploadWith(jiangsu, garbage, nextSequence(jiangsu), Map.of("encryptAlgorithm", "1"))).isEqualTo(9);
		assertThat(nextSequence(zhejiang)).as("nothing was counted").isEqualTo(sequence);
	}

	@Test
	void acknowledgingNeedsAFileName() {
		BureauReturn reply = calls(JIANGSU).acknowledge("");

		assertThat(reply.msgCode()).isEqualTo(21);
	}

	@Test
	void acknowledgingAFileNeverOfferedIsAnError() {
		assertThat(calls(JIANGSU).acknowledge("32BAJG0000").msgCode()).isEqualTo(999);
	}

	@Test
	void downloadSaysWhenThereIsNothing() {
		drain(JIANGSU);

		BureauReturn reply = calls(JIANGSU).download();

		assertThat(reply.msgCode()).isEqualTo(2);
		assertThat(reply.fileInfo()).isNull();
	}

	private static int callWith(SoapBureauCalls calls, Map<String, String> broken) {
		Map<String, String> parameters = calls.auth();
		parameters.putAll(broken);
		return calls.call(SoapBureauCalls.UP_DOWN_LOAD, "isp_download", parameters).msgCode();
	}

	private static int uploadWith(SoapBureauCalls calls, PackedPayload payload, long sequence, Map<String, String> broken) {
		Map<String, String> parameters = calls.uploadParameters(payload, sequence);
		parameters.putAll(broken);
		return calls.call(SoapBureauCalls.UP_DOWN_LOAD, "isp_upload", parameters).msgCode();
	}

	private static PackedPayload withHash(PackedPayload payload, String hash) {
		return new PackedPayload(payload.beianInfo(), hash, payload.encryptAlgorithm(), payload.hashAlgorithm(),
				payload.compressionFormat(), payload.zipBytes());
	}

}
