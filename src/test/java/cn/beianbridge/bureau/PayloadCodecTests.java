package cn.beianbridge.bureau;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.PayloadCodec.UnpackedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadCodecTests {

	private static final Charset GBK = Charset.forName("GBK");

	/** The document inside the known-answer zip below. */
	private static final String KAT_XML = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n"
			+ "<DownloadData><ICP><XGTZ><Tzxx>浙江堃喆科技有限公司：系统维护通知</Tzxx></XGTZ></ICP></DownloadData>\n";

	/**
	 * A zip made without Java: Python 3.11 zipfile, one ZIP_DEFLATED entry "beianinfo.xml" dated
	 * 2026-01-02 03:04:06 holding KAT_XML in GBK; printed with {@code base64 -w0 kat.zip}.
	 */
	private static final String KAT_ZIP = "UEsDBBQAAAAIAIMYIlw/S7K4ewAAAIoAAAANAAAAYmVpYW5pbmZvLnhtbLOxr8jNUShLLSrOzM+zVTLUM1BSSM1Lzk/JzEu3VXJ38layt+Oycckvz8vJT0xxSSxJtLPxdA6ws4lwD4myswmpqqiwu/p479qOS21b9h/bs+fyhfP3dq4+vW/xrvNbz24+t2b3krMrrq2y0QcrtNGH6NIHm6CPYioXAFBLAQIUAxQAAAAIAIMYIlw/S7K4ewAAAIoAAAANAAAAAAAAAAAAAACAAQAAAABiZWlhbmluZm8ueG1sUEsFBgAAAAABAAEAOwAAAKYAAAAAAA==";

	/** {@code md5sum kat.zip | cut -d' ' -f1 | xxd -r -p | base64} */
	private static final String KAT_HASH = "FFgw80eL+JF+B7egfT/7cQ==";

	private static final BureauKey KAT_KEY = BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd");

	/**
	 * The same zip encrypted by OpenSSL: {@code openssl enc -aes-128-cbc -K $(printf '%s' K7f3Qm9Zp2Lx8Wc1 | xxd -p)
	 * -iv $(printf '%s' Iv0123456789abcd | xxd -p) -in kat.zip | base64 -w0}
	 */
	private static final String KAT_ZIP_AES = "QE2vuNMGEbyS+041JDftsEQU2/1eekfQOLfqMhx7dA9u+rIgt7gvn5at6a44Xl2ylBG5iXun9Hj2RdlwBoHrMtnVJyDFJs9rvLfj0hQOc2RwM/5gqDhnwFWKGnjAAK1IgOuGpUgXq57EL3t73v+PNInRQbL1oK9pewrLfnFSHHn3VqzpGtaM3/DTXNEplWioWqleiurCRV+pt3QBcl6nITlmILWMzQbRZUN9reYf/FxtMuPeHzkCI84oP8VH/IUniTAzxxO52iOwTcYz3U/qMj4vYQRQU+CO/pFgOpGXoOZmZ/qrBu+MjsErKX+WccgWqvOtIMWXMGQp/RhqNXyV9A==";

	private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-27T07:04:05Z"), ZoneId.of("Asia/Shanghai"));

	private final byte[] document = ("<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData version=\"V.3.0\"><ICP>"
			+ "<Qqdwid>1</Qqdwid><Dwmc>赟珺昇龑</Dwmc></ICP></UploadData>").getBytes(GBK);

	@Test
	void unpacksAZipMadeByAnotherToolAndChecksItsMd5() {
		UnpackedFile file = PayloadCodec.plaintext().unpack(KAT_ZIP, KAT_HASH, 0);
		assertThat(file.name()).isEqualTo("beianinfo.xml");
		assertThat(new String(file.content(), GBK)).isEqualTo(KAT_XML);
	}

	@Test
	void decryptsWhatOpenSslEncryptedWithTheBureauKey() {
		UnpackedFile file = PayloadCodec.aes(KAT_KEY).unpack(KAT_ZIP_AES, KAT_HASH, 1);
		assertThat(new String(file.content(), GBK)).isEqualTo(KAT_XML);
	}

	@Test
	void beianInfoHashIsBase64OfTheMd5OfTheZipItself() {
		PackedPayload payload = PayloadCodec.plaintext().withClock(FIXED).pack("beianinfo.xml", document);
		byte[] zip = Base64.getDecoder().decode(payload.beianInfo());
		assertThat(payload.beianInfoHash()).isEqualTo(Base64.getEncoder().encodeToString(md5(zip)));
		assertThat(payload.zipBytes()).isEqualTo(zip.length);
		assertThat(payload.encryptAlgorithm()).isZero();
		assertThat(payload.hashAlgorithm()).isZero();
		assertThat(payload.compressionFormat()).isZero();
	}

	@Test
	void theZipHoldsOneEntryWithTheDocumentAndTheClocksTime() throws Exception {
		PackedPayload payload = PayloadCodec.plaintext().withClock(FIXED).pack("33202611271504050000001", document);
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(Base64.getDecoder().decode(payload.beianInfo())))) {
			ZipEntry entry = zip.getNextEntry();
			assertThat(entry.getName()).isEqualTo("33202611271504050000001");
			assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 27, 15, 4, 4));
			assertThat(zip.readAllBytes()).isEqualTo(document);
			assertThat(zip.getNextEntry()).isNull();
		}
	}

	@Test
	void packingTheSameDocumentAtTheSameTimeGivesTheSameBytes() {
		PayloadCodec codec = PayloadCodec.aes(KAT_KEY).withClock(FIXED);
		assertThat(codec.pack(document)).isEqualTo(codec.pack(document));
		Clock later = Clock.offset(FIXED, java.time.Duration.ofMinutes(1));
		assertThat(codec.withClock(later).pack(document).beianInfoHash()).isNotEqualTo(codec.pack(document).beianInfoHash());
	}

	@Test
	void encryptsTheZipWithAesCbcUnderTheBureauKey() throws Exception {
		PackedPayload plain = PayloadCodec.plaintext().withClock(FIXED).pack(document);
		PackedPayload encrypted = PayloadCodec.aes(KAT_KEY).withClock(FIXED).pack(document);
		assertThat(encrypted.encryptAlgorithm()).isEqualTo(1);
		assertThat(encrypted.beianInfoHash()).isEqualTo(plain.beianInfoHash());
		Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec("K7f3Qm9Zp2Lx8Wc1".getBytes(), "AES"),
				new IvParameterSpec("Iv0123456789abcd".getBytes()));
		assertThat(cipher.doFinal(Base64.getDecoder().decode(encrypted.beianInfo())))
			.isEqualTo(Base64.getDecoder().decode(plain.beianInfo()));
	}

	@Test
	void unpackReversesPackWithAndWithoutEncryption() {
		for (PayloadCodec codec : new PayloadCodec[] { PayloadCodec.plaintext(), PayloadCodec.aes(KAT_KEY) }) {
			UnpackedFile file = codec.unpack(codec.pack("f1", document));
			assertThat(file.name()).isEqualTo("f1");
			assertThat(file.content()).isEqualTo(document);
		}
	}

	@Test
	void base64WrappedAcrossLinesIsStillAccepted() {
		String wrapped = KAT_ZIP.replaceAll("(.{76})", "$1\r\n");
		assertThat(PayloadCodec.plaintext().unpack(wrapped, KAT_HASH, 0).content()).isEqualTo(KAT_XML.getBytes(GBK));
	}

	@Test
	void corruptPayloadsAreRejectedWithTheBureausMsgCode() {
		PayloadCodec codec = PayloadCodec.plaintext();
		assertRejected(() -> codec.unpack("not*base64!", KAT_HASH, 0), 6, "beianInfo is not valid Base64");
		assertRejected(() -> codec.unpack(KAT_ZIP, "%%%", 0), 7, "beianInfoHash is not valid Base64");
		assertRejected(() -> codec.unpack(KAT_ZIP, KAT_HASH.replace('F', 'G'), 0), 7, "does not match");
		byte[] damaged = Base64.getDecoder().decode(KAT_ZIP);
		damaged[60] ^= 0x55;
		assertRejected(() -> codec.unpack(Base64.getEncoder().encodeToString(damaged),
				Base64.getEncoder().encodeToString(md5(damaged)), 0), 8, "unzip failed");
		byte[] garbage = "definitely not a zip".getBytes();
		assertRejected(() -> codec.unpack(Base64.getEncoder().encodeToString(garbage),
				Base64.getEncoder().encodeToString(md5(garbage)), 0), 8, "no file found");
	}

	@Test
	void aWrongAesKeyOrAMissingOneIsADecryptionFailure() {
		PayloadCodec wrongKey = PayloadCodec.aes(BureauKey.fromText("0000000000000000", "Iv0123456789abcd"));
		assertRejected(() -> wrongKey.unpack(KAT_ZIP_AES, KAT_HASH, 1), 6, "AES decryption failed");
		assertRejected(() -> PayloadCodec.plaintext().unpack(KAT_ZIP_AES, KAT_HASH, 1), 6, "no AES key");
	}

	@Test
	void unknownAlgorithmCodesAreRejectedBeforeAnythingIsDecoded() {
		PayloadCodec codec = PayloadCodec.plaintext();
		assertRejected(() -> codec.unpack(KAT_ZIP, KAT_HASH, 2, 0, 0), 9, "encryptAlgorithm 2");
		assertRejected(() -> codec.unpack(KAT_ZIP, KAT_HASH, 0, 1, 0), 10, "hashAlgorithm 1");
		assertRejected(() -> codec.unpack(KAT_ZIP, KAT_HASH, 0, 0, 3), 11, "compressionFormat 3");
	}

	@Test
	void aZipWithTwoFilesIsRefusedAsNotExactlyOneFile() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : new String[] { "a.xml", "b.xml" }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(document);
			}
		}
		byte[] twoFiles = bytes.toByteArray();
		assertRejected(() -> PayloadCodec.plaintext().unpack(Base64.getEncoder().encodeToString(twoFiles),
				Base64.getEncoder().encodeToString(md5(twoFiles)), 0), 17, "more than one");
	}

	@Test
	void aZipThatInflatesBeyondTheLimitIsRefused() {
		PackedPayload bomb = PayloadCodec.plaintext().pack(new byte[1_000_000]);
		assertThat(bomb.zipBytes()).isLessThan(5_000);
		assertRejected(() -> PayloadCodec.plaintext().withMaxUnzippedBytes(100_000).unpack(bomb), 8, "larger than");
	}

	@Test
	void theBureauKeyIsGivenAsItsAsciiTextAndItsLengthIsChecked() {
		assertThat(BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd").key()).hasSize(16);
		assertThat(BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd").key()).hasSize(32);
		assertThatThrownBy(() -> BureauKey.fromText("short", "Iv0123456789abcd"))
			.hasMessage("The bureau AES key must be 16 or 24 or 32 characters long, not 5");
		assertThatThrownBy(() -> BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv01234567"))
			.hasMessage("The bureau AES IV must be 16 characters long, not 10");
		assertThatThrownBy(() -> BureauKey.fromText("密钥密钥密钥密钥密钥密钥密钥密钥", "Iv0123456789abcd"))
			.hasMessageContaining("printable ASCII");
		assertThat(KAT_KEY.toString()).doesNotContain("K7f3");
	}

	private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int msgCode,
			String text) {
		assertThatThrownBy(call).isInstanceOfSatisfying(PayloadRejected.class,
				rejected -> assertThat(rejected.msgCode()).isEqualTo(msgCode))
			.hasMessageContaining(text);
	}

	private static byte[] md5(byte[] bytes) {
		try {
			return MessageDigest.getInstance("MD5").digest(bytes);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
