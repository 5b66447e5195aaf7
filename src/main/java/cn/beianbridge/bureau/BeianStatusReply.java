package cn.beianbridge.bureau;

import java.io.StringWriter;

import cn.beianbridge.bureau.internal.DocumentOutput;
import cn.beianbridge.bureau.internal.XmlElement;
import cn.beianbridge.shared.LogMasking;

/**
 * The {@code <return>} of {@code isp_querybeianstatus}, as {@code querybeianstatus-return.xsd} has it:
 * {@code <return version="…"><msg_code/><msg/><StatusInfo>…</StatusInfo></return>}, the status only when the query
 * could be answered. The client reads it; the simulator writes it.
 *
 * @param statusInfo what the bureau holds for the condition, or null (an error: only msg_code and msg)
 */
public record BeianStatusReply(int msgCode, String msg, StatusInfo statusInfo) {

	public static final String VERSION = "V.3.0";

	/** The schema fixes {@code msg} at exactly this many characters: shorter text is padded with spaces. */
	static final int MSG_LENGTH = 256;

	/**
	 * {@code StatusInfo}.
	 *
	 * @param conditionType {@code Cxtjlx}, echoing the query: 0 domain, 1 business licence, 2 resident ID, ...
	 * @param condition {@code Cxtj}, echoing the queried value
	 * @param websiteName {@code Wzmc}: only when filed and asked by domain
	 * @param entityIcpNumber {@code Ztbah}: only when filed
	 * @param websiteIcpNumber {@code Wzbah}: only when filed and asked by domain
	 * @param filed {@code Bazt}: 0 filed, 1 not filed
	 */
	public record StatusInfo(int conditionType, String condition, String websiteName, String entityIcpNumber,
			String websiteIcpNumber, boolean filed) {

		@Override
		public String toString() {
			return ("StatusInfo[conditionType=%s, condition=%s, websiteName=%s, entityIcpNumber=%s, "
					+ "websiteIcpNumber=%s, filed=%s]")
				.formatted(conditionType, conditionType == 0 ? condition : LogMasking.hidden(condition),
						websiteName, entityIcpNumber, websiteIcpNumber, filed);
		}

	}

	/** @throws UnreadableDocument when the text is not such a {@code <return>} */
	public static BeianStatusReply parse(String xml) {
		XmlElement root = XmlElement.parse(xml);
		if (!"return".equals(root.name())) {
			throw new UnreadableDocument("Expected a <return> document, found <%s>".formatted(root.name()));
		}
		XmlElement status = root.child("StatusInfo");
		return new BeianStatusReply((int) root.requiredLong("msg_code"), root.text("msg"),
				status == null ? null : statusInfo(status));
	}

	private static StatusInfo statusInfo(XmlElement status) {
		String filed = status.requiredText("Bazt");
		if (!filed.equals("0") && !filed.equals("1")) {
			throw new UnreadableDocument(
					"<StatusInfo>/<Bazt> must be 0 (filed) or 1 (not filed), not '%s'".formatted(filed));
		}
		int type = (int) status.requiredLong("Cxtjlx");
		// the website's name and number answer a domain query only: on an entity query they would name no one site
		boolean byDomain = type == StatusQueryType.DOMAIN.code();
		return new StatusInfo(type, status.requiredText("Cxtj"), byDomain ? blankToNull(status.text("Wzmc")) : null,
				blankToNull(status.text("Ztbah")), byDomain ? blankToNull(status.text("Wzbah")) : null,
				filed.equals("0"));
	}

	/** The document, valid against the schema ({@code msg} padded or cut to its fixed length). */
	public String toXml() {
		StringWriter text = new StringWriter();
		try (DocumentOutput xml = new DocumentOutput(text)) {
			xml.start("return").attribute("version", VERSION).text("msg_code", msgCode).text("msg", fixedLength(msg));
			if (statusInfo != null) {
				xml.start("StatusInfo").text("Cxtjlx", statusInfo.conditionType()).text("Cxtj", statusInfo.condition())
					.text("Wzmc", statusInfo.websiteName()).text("Ztbah", statusInfo.entityIcpNumber())
					.text("Wzbah", statusInfo.websiteIcpNumber()).text("Bazt", statusInfo.filed() ? 0 : 1)
					.end();
			}
			xml.end();
		}
		return text.toString();
	}

	private static String fixedLength(String msg) {
		String text = msg == null ? "" : msg;
		return text.length() >= MSG_LENGTH ? text.substring(0, MSG_LENGTH)
				: text + " ".repeat(MSG_LENGTH - text.length());
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
