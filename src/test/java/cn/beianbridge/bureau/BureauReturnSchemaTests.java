package cn.beianbridge.bureau;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauReturn.FileInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replies of isp_upload, isp_download, isp_downloadack and isp_querypreviousupload against the ministry's
 * *-return.xsd, both ways: every reply the simulator writes is valid; every valid reply the client reads.
 */
class BureauReturnSchemaTests {

	private static final int CASES = 300;

	private final Random random = new Random(20261130);

	@Test
	void everyUploadReplyWrittenIsValidAndReadBack() {
		for (int i = 0; i < CASES; i++) {
			int code = code(0, 9, 14, 15, 20, 901, 999);
			List<Long> missing = code == 14 ? numbers(1 + random.nextInt(20)) : List.of();
			assertWrittenValidAndReadBack(BureauSchema.UPLOAD_RETURN, new BureauReturn(code, msg(), null, missing));
		}
	}

	@Test
	void everyDownloadReplyWrittenIsValidAndReadBack() {
		for (int i = 0; i < CASES; i++) {
			int code = code(1, 2, 3, 902);
			FileInfo file = code == 1 || code == 3 ? file(null) : null;
			assertWrittenValidAndReadBack(BureauSchema.DOWNLOAD_RETURN, new BureauReturn(code, msg(), file, List.of()));
		}
	}

	@Test
	void everyAcknowledgementReplyWrittenIsValidAndReadBack() {
		for (int i = 0; i < CASES; i++) {
			assertWrittenValidAndReadBack(BureauSchema.DOWNLOADACK_RETURN, BureauReturn.of(code(0, 21, 902, 999), msg()));
		}
	}

	@Test
	void everyPreviousUploadReplyWrittenIsValidAndReadBack() {
		for (int i = 0; i < CASES; i++) {
			FileInfo file = random.nextInt(4) == 0 ? new FileInfo(0, 0, 0, null, null, null, 0L)
					: file((long) 1 + random.nextInt(100_000));
			assertWrittenValidAndReadBack(BureauSchema.QUERYPREVIOUSUPLOAD_RETURN, new BureauReturn(0, msg(), file, List.of()));
		}
	}

	@Test
	void everyValidUploadReplyIsRead() {
		for (int i = 0; i < CASES; i++) {
			List<Long> missing = numbers(random.nextInt(6));
			StringBuilder sequences = new StringBuilder();
			if (!missing.isEmpty()) {
				// one number each, or several in one: dataSequence is an xs:string, "可能是多个"
				sequences.append("<dataSequences>");
				for (int n = 0; n < missing.size(); n++) {
					boolean together = n + 1 < missing.size() && random.nextBoolean();
					sequences.append(space()).append("<dataSequence>").append(space()).append(missing.get(n));
					if (together) {
						sequences.append(pick(",", " ", ";")).append(missing.get(++n));
					}
					sequences.append(space()).append("</dataSequence>");
				}
				sequences.append(space()).append("</dataSequences>");
			}
			String text = msg();
			String xml = declaration() + "<return version=\"" + pick("V.3.0", "1.0", "") + "\">" + space()
					+ "<msg_code>" + pick("14", "+14", "014") + "</msg_code>" + space() + "<msg>"
					+ escape(BureauReturn.padded(text)) + "</msg>" + sequences + space() + "</return>";
			assertThat(BureauSchema.UPLOAD_RETURN.check(xml)).as(xml).isEmpty();

			BureauReturn read = BureauReturn.parse(xml);

			assertThat(read.msgCode()).isEqualTo(14);
			assertThat(read.msg()).isEqualTo(trimmed(cut(text)));
			assertThat(read.missingDataSequences()).isEqualTo(missing);
		}
	}

	@Test
	void everyValidDownloadAndPreviousUploadReplyIsRead() {
		for (int i = 0; i < CASES; i++) {
			boolean previous = random.nextBoolean();
			boolean withFile = random.nextInt(5) > 0;
			FileInfo file = file(previous ? (long) random.nextInt(1000) : null);
			String base64 = wrapped(file.beianInfo());
			StringBuilder xml = new StringBuilder(declaration()).append("<return version=\"V.3.0\"><msg_code>")
				.append(previous ? 0 : 3).append("</msg_code><msg>").append(escape(BureauReturn.padded("ok")))
				.append("</msg>");
			if (withFile) {
				xml.append("<fileInfos>").append(space()).append("<hashAlgorithm>0</hashAlgorithm><compressionFormat>0")
					.append("</compressionFormat><encryptAlgorithm>").append(file.encryptAlgorithm())
					.append("</encryptAlgorithm>");
				if (previous) {
					xml.append("<dataSequence>").append(file.dataSequence()).append("</dataSequence>");
				}
				xml.append("<return_FileName>").append(file.fileName()).append("</return_FileName><beianInfo>")
					.append(base64).append("</beianInfo>").append(space()).append("<beianInfoHash>")
					.append(file.beianInfoHash()).append("</beianInfoHash></fileInfos>");
			}
			xml.append("</return>");
			BureauSchema schema = previous ? BureauSchema.QUERYPREVIOUSUPLOAD_RETURN : BureauSchema.DOWNLOAD_RETURN;
			assertThat(schema.check(xml.toString())).as(xml.toString()).isEmpty();

			BureauReturn read = BureauReturn.parse(xml.toString());

			assertThat(read.msg()).isEqualTo("ok");
			assertThat(read.fileInfo()).isEqualTo(withFile ? file : null);
			if (previous && !withFile) {
				assertThat(read.fileInfo()).as("no previous upload: no fileInfos at all").isNull();
			}
		}
	}

	@Test
	void noPreviousUploadIsWrittenAsSequenceZeroWithAnEmptyFile() {
		String xml = new BureauReturn(0, "none", new FileInfo(0, 0, 0, null, null, null, 0L), List.of()).toXml();

		assertThat(BureauSchema.QUERYPREVIOUSUPLOAD_RETURN.check(xml)).isEmpty();
		assertThat(xml).contains("<dataSequence>0</dataSequence><return_FileName></return_FileName><beianInfo></beianInfo>");
		assertThat(BureauReturn.parse(xml).fileInfo().hasFile()).isFalse();
	}

	private void assertWrittenValidAndReadBack(BureauSchema schema, BureauReturn reply) {
		String xml = reply.toXml();
		assertThat(schema.check(xml)).as(xml).isEmpty();
		BureauReturn read = BureauReturn.parse(xml);
		assertThat(read).isEqualTo(new BureauReturn(reply.msgCode(), trimmed(cut(reply.msg())), reply.fileInfo(),
				reply.missingDataSequences()));
	}

	/** Messages of every kind a bureau writes: empty, Chinese, markup, longer than the 256 the schema fixes. */
	private String msg() {
		String[] pieces = { "上报成功", "dataSequence 12 received", "<ok> & \"done\"", "珺昇赟", " ", "文件" };
		StringBuilder msg = new StringBuilder();
		int words = random.nextInt(random.nextInt(10) == 0 ? 120 : 8);
		for (int i = 0; i < words; i++) {
			msg.append(pieces[random.nextInt(pieces.length)]);
		}
		return msg.toString();
	}

	private FileInfo file(Long dataSequence) {
		byte[] payload = new byte[random.nextInt(300) + 1];
		random.nextBytes(payload);
		byte[] hash = new byte[16];
		random.nextBytes(hash);
		return new FileInfo(0, 0, random.nextInt(2), "33" + (100_000 + random.nextInt(900_000)),
				Base64.getEncoder().encodeToString(payload), Base64.getEncoder().encodeToString(hash), dataSequence);
	}

	private List<Long> numbers(int count) {
		long first = 1 + random.nextInt(1000);
		return LongStream.range(first, first + count).boxed().collect(Collectors.toCollection(ArrayList::new));
	}

	/** Base64 as MIME writes it, in lines of 76, which xs:base64Binary allows. */
	private String wrapped(String base64) {
		if (random.nextBoolean()) {
			return base64;
		}
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < base64.length(); i += 76) {
			lines.append(base64, i, Math.min(base64.length(), i + 76)).append("\r\n");
		}
		return lines.toString();
	}

	private String declaration() {
		return pick("", "<?xml version=\"1.0\" encoding=\"GBK\"?>", "<?xml version=\"1.0\"?>\n");
	}

	private String space() {
		return pick("", "\n  ", " ");
	}

	private static String cut(String msg) {
		return msg.codePointCount(0, msg.length()) <= 256 ? msg : msg.substring(0, msg.offsetByCodePoints(0, 256));
	}

	private static String trimmed(String msg) {
		return msg.trim();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@SafeVarargs
	private <T> T pick(T... values) {
		return values[random.nextInt(values.length)];
	}

	private int code(int... values) {
		return values[random.nextInt(values.length)];
	}

}
