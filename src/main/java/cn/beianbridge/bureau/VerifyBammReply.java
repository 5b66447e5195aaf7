package cn.beianbridge.bureau;

import java.io.StringWriter;
import java.util.Locale;

import cn.beianbridge.bureau.internal.DocumentOutput;
import cn.beianbridge.bureau.internal.XmlElement;

/**
 * The {@code <return>} of {@code isp_verifybamm}: {@code msg_code}, {@code msg} and {@code VerifyRes} (0 the filing
 * password is correct, 1 wrong). No schema is published for it, so the reader takes {@code VerifyRes} in any case and
 * position among the children, and a reply without it (an error) as msg_code and msg only. The client reads it; the
 * simulator writes it.
 *
 * @param passwordCorrect what {@code VerifyRes} says, or null when the reply has none
 */
public record VerifyBammReply(int msgCode, String msg, Boolean passwordCorrect) {

	static final String VERIFY_RES = "VerifyRes";

	/** @throws UnreadableDocument when the text is not a {@code <return>}, or its VerifyRes is neither 0 nor 1 */
	public static VerifyBammReply parse(String xml) {
		XmlElement root = XmlElement.parse(xml);
		if (!"return".equals(root.name())) {
			throw new UnreadableDocument("Expected a <return> document, found <%s>".formatted(root.name()));
		}
		XmlElement result = root.children().stream()
			.filter(child -> child.name().toLowerCase(Locale.ROOT).equals(VERIFY_RES.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
		return new VerifyBammReply((int) root.requiredLong("msg_code"), root.text("msg"),
				result == null ? null : correct(result.text().strip()));
	}

	private static boolean correct(String verifyRes) {
		return switch (verifyRes) {
			case "0" -> true;
			case "1" -> false;
			default -> throw new UnreadableDocument(
					"<VerifyRes> must be 0 (correct) or 1 (wrong), not '%s'".formatted(verifyRes));
		};
	}

	/** The document as the simulator answers: the standard elements, then {@code VerifyRes} when there is one. */
	public String toXml() {
		StringWriter text = new StringWriter();
		try (DocumentOutput xml = new DocumentOutput(text)) {
			xml.start("return").attribute("version", BureauReturn.VERSION).text("msg_code", msgCode)
				.text("msg", BureauReturn.padded(msg == null ? "" : msg));
			if (passwordCorrect != null) {
				xml.text(VERIFY_RES, passwordCorrect ? 0 : 1);
			}
			xml.end();
		}
		return text.toString();
	}

}
