package cn.beianbridge.bureau;

import java.io.StringWriter;
import java.util.List;

import cn.beianbridge.bureau.internal.DocumentOutput;
import cn.beianbridge.bureau.internal.XmlElement;

/**
 * The document every call returns as the text of its {@code <return>}:
 * {@code <return><msg_code/><msg/><fileInfos>…</fileInfos><dataSequences><dataSequence/>…</dataSequences></return>}.
 * The client parses it; the simulator writes it.
 *
 * @param fileInfo the file of {@code isp_download} / {@code isp_querypreviousupload}, or null
 * @param missingDataSequences the numbers a sequence-gap reply (14) asks for first; empty otherwise
 */
public record BureauReturn(int msgCode, String msg, FileInfo fileInfo, List<Long> missingDataSequences) {

	public BureauReturn {
		missingDataSequences = missingDataSequences == null ? List.of() : List.copyOf(missingDataSequences);
	}

	public static BureauReturn of(int msgCode, String msg) {
		return new BureauReturn(msgCode, msg, null, List.of());
	}

	public MsgCodeClass msgCodeClass() {
		return MsgCodeClass.classify(msgCode);
	}

	/** @throws UnreadableDocument when the text is not a {@code <return>} document with a numeric msg_code */
	public static BureauReturn parse(String xml) {
		XmlElement root = XmlElement.parse(xml);
		if (!"return".equals(root.name())) {
			throw new UnreadableDocument("Expected a <return> document, found <%s>".formatted(root.name()));
		}
		XmlElement files = root.child("fileInfos");
		XmlElement sequences = root.child("dataSequences");
		List<Long> missing = sequences == null ? List.of()
				: sequences.children("dataSequence").stream().map(sequence -> parseLong(sequence.text())).toList();
		return new BureauReturn((int) root.requiredLong("msg_code"), root.text("msg"),
				files == null ? null : FileInfo.from(files), missing);
	}

	private static long parseLong(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new UnreadableDocument("<dataSequence> is not a number: '%s'".formatted(text));
		}
	}

	public String toXml() {
		StringWriter text = new StringWriter();
		try (DocumentOutput xml = new DocumentOutput(text)) {
			xml.start("return").text("msg_code", msgCode).text("msg", msg);
			if (fileInfo != null) {
				xml.start("fileInfos").text("hashAlgorithm", fileInfo.hashAlgorithm())
					.text("compressionFormat", fileInfo.compressionFormat())
					.text("encryptAlgorithm", fileInfo.encryptAlgorithm())
					.text("return_FileName", fileInfo.fileName())
					.text("beianInfo", fileInfo.beianInfo())
					.text("beianInfoHash", fileInfo.beianInfoHash())
					.text("dataSequence", fileInfo.dataSequence())
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

	/**
	 * {@code fileInfos}. Absent algorithm codes read as 0, the only value each has besides AES.
	 *
	 * @param dataSequence the accepted sequence number ({@code isp_querypreviousupload} only; 0 when none)
	 */
	public record FileInfo(int hashAlgorithm, int compressionFormat, int encryptAlgorithm, String fileName,
			String beianInfo, String beianInfoHash, Long dataSequence) {

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
					code(files, "encryptAlgorithm"), files.text("return_FileName"), files.text("beianInfo"),
					files.text("beianInfoHash"), files.optionalLong("dataSequence"));
		}

		private static int code(XmlElement files, String name) {
			Long code = files.optionalLong(name);
			return code == null ? 0 : code.intValue();
		}

	}

}
