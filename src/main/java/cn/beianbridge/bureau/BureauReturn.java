package cn.beianbridge.bureau;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.beianbridge.bureau.internal.DocumentOutput;
import cn.beianbridge.bureau.internal.XmlElement;
import cn.beianbridge.shared.LogMasking;

/**
 * The document every call returns as the text of its {@code <return>}, as the ministry's *-return.xsd define it:
 * {@code <return version><msg_code/><msg/>} then {@code <fileInfos>} (download, querypreviousupload) or
 * {@code <dataSequences><dataSequence/>…</dataSequences>} (upload). The client parses it; the simulator writes it.
 *
 * @param msg the status text, as read: without the padding the schema's fixed length of 256 makes writers add
 * @param fileInfo the file of {@code isp_download} / {@code isp_querypreviousupload}, or null
 * @param missingDataSequences the numbers a sequence-gap reply (14) asks for first; empty otherwise
 */
public record BureauReturn(int msgCode, String msg, FileInfo fileInfo, List<Long> missingDataSequences) {

	/** The {@code version} attribute every *-return.xsd requires; the schemas fix no value, so the interface's. */
	public static final String VERSION = UploadDocumentWriter.VERSION;

	/** {@code msg} is an {@code xs:string} of exactly this many characters in every *-return.xsd. */
	static final int MSG_LENGTH = 256;

	/** What may separate several numbers in one {@code dataSequence}, an xs:string. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;，；]+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	public BureauReturn {
		msg = msg == null ? "" : msg;
		missingDataSequences = missingDataSequences == null ? List.of() : List.copyOf(missingDataSequences);
	}

	public static BureauReturn of(int msgCode, String msg) {
		return new BureauReturn(msgCode, msg, null, List.of());
	}

	public MsgCodeClass msgCodeClass() {
		return MsgCodeClass.classify(msgCode);
	}

	/**
	 * Takes every reply valid against its schema: children in any order, optional parts absent, a padded msg, several
	 * numbers in a {@code dataSequence} (an xs:string: "7", "7,8" and "7 8" are read, other tokens skipped: the list
	 * only informs), Base64 wrapped in lines.
	 *
	 * @throws UnreadableDocument when the text is not a {@code <return>} document with a numeric msg_code
	 */
	public static BureauReturn parse(String xml) {
		XmlElement root = XmlElement.parse(xml);
		if (!"return".equals(root.name())) {
			throw new UnreadableDocument("Expected a <return> document, found <%s>".formatted(root.name()));
		}
		XmlElement files = root.child("fileInfos");
		XmlElement sequences = root.child("dataSequences");
		List<Long> missing = new ArrayList<>();
		if (sequences != null) {
			sequences.children("dataSequence").forEach(sequence -> numbers(sequence.text(), missing));
		}
		return new BureauReturn((int) root.requiredLong("msg_code"), root.text("msg"),
				files == null ? null : FileInfo.from(files), missing);
	}

	private static void numbers(String text, List<Long> into) {
		for (String token : SEPARATORS.split(text.trim())) {
			try {
				into.add(Long.parseLong(token));
			}
			catch (NumberFormatException ex) {
				// not a number we can ask for: the reply still stands on its msg_code
			}
		}
	}

	public String toXml() {
		StringWriter text = new StringWriter();
		try (DocumentOutput xml = new DocumentOutput(text)) {
			xml.start("return").attribute("version", VERSION).text("msg_code", msgCode).text("msg", padded(msg));
			if (fileInfo != null) {
				xml.start("fileInfos").text("hashAlgorithm", fileInfo.hashAlgorithm())
					.text("compressionFormat", fileInfo.compressionFormat())
					.text("encryptAlgorithm", fileInfo.encryptAlgorithm())
					.text("dataSequence", fileInfo.dataSequence())
					.text("return_FileName", orEmpty(fileInfo.fileName()))
					.text("beianInfo", orEmpty(fileInfo.beianInfo()))
					.text("beianInfoHash", orEmpty(fileInfo.beianInfoHash()))
					.end();
			}
			if (!missingDataSequences.isEmpty()) {
				xml.start("dataSequences");
				missingDataSequences.forEach(sequence -> xml.text("dataSequence", sequence));
				xml.end();
			}
			xml.end();
		}
		return text.toString();
	}

	/** Exactly 256 characters (code points, as XML counts them): cut, or padded with spaces that readers trim. */
	static String padded(String msg) {
		int length = msg.codePointCount(0, msg.length());
		if (length > MSG_LENGTH) {
			return msg.substring(0, msg.offsetByCodePoints(0, MSG_LENGTH));
		}
		return msg + " ".repeat(MSG_LENGTH - length);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/**
	 * {@code fileInfos}. Absent algorithm codes read as 0, the only value each has besides AES; an empty file name or
	 * payload reads as none (a query with no previous upload).
	 *
	 * @param dataSequence the accepted sequence number ({@code isp_querypreviousupload} only; 0 when none)
	 */
	public record FileInfo(int hashAlgorithm, int compressionFormat, int encryptAlgorithm, String fileName,
			String beianInfo, String beianInfoHash, Long dataSequence) {

		@Override
		public String toString() {
			return ("FileInfo[hashAlgorithm=%s, compressionFormat=%s, encryptAlgorithm=%s, fileName=%s, "
					+ "beianInfo=%s, beianInfoHash=%s, dataSequence=%s]")
				.formatted(hashAlgorithm, compressionFormat, encryptAlgorithm, fileName,
						beianInfo == null ? "null" : beianInfo.length() + " characters", beianInfoHash, dataSequence);
		}

		public static FileInfo of(String fileName, PackedPayload payload, Long dataSequence) {
			return new FileInfo(payload.hashAlgorithm(), payload.compressionFormat(), payload.encryptAlgorithm(),
					fileName, payload.beianInfo(), payload.beianInfoHash(), dataSequence);
		}

		/** Whether a file came with it (a query with no previous upload has none). */
		public boolean hasFile() {
			return beianInfo != null && !beianInfo.isEmpty();
		}

		static FileInfo from(XmlElement files) {
			return new FileInfo(code(files, "hashAlgorithm"), code(files, "compressionFormat"),
					code(files, "encryptAlgorithm"), emptyAsNone(files.text("return_FileName")),
					emptyAsNone(base64(files.text("beianInfo"))), emptyAsNone(base64(files.text("beianInfoHash"))),
					files.optionalLong("dataSequence"));
		}

		private static int code(XmlElement files, String name) {
			Long code = files.optionalLong(name);
			return code == null ? 0 : code.intValue();
		}

		/** xs:base64Binary allows whitespace anywhere (MIME-style lines); the decoders do not. */
		private static String base64(String text) {
			return text == null ? null : WHITESPACE.matcher(text).replaceAll("");
		}

		private static String emptyAsNone(String text) {
			return text == null || text.isEmpty() ? null : text;
		}

	}

}
