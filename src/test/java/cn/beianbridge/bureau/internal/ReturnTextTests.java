package cn.beianbridge.bureau.internal;

import java.io.StringReader;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.beianbridge.bureau.BureauReturn;

import static org.assertj.core.api.Assertions.assertThat;

/** The reply document, however a bureau puts it into {@code <return>}. */
class ReturnTextTests {

	private static final String DOCUMENT = "<return version=\"V.3.0\"><msg_code>14</msg_code><msg>缺少 &amp; 序号</msg>"
			+ "<dataSequences><dataSequence>7</dataSequence><dataSequence>8</dataSequence></dataSequences></return>";

	@ParameterizedTest
	@ValueSource(strings = { "escaped", "cdata", "markup", "nested" })
	void theReplyIsReadFromTextOrFromMarkup(String form) throws Exception {
		String inside = switch (form) {
			case "escaped" -> DOCUMENT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
			case "cdata" -> "<![CDATA[" + DOCUMENT + "]]>";
			// <return> is itself the document
			case "markup" -> DOCUMENT.substring(DOCUMENT.indexOf('>') + 1, DOCUMENT.lastIndexOf("</return>"));
			default -> DOCUMENT;
		};
		String response = "<ns:isp_uploadResponse xmlns:ns=\"http://bureau.example/isp\"><return>" + inside
				+ "</return></ns:isp_uploadResponse>";

		String text = new ReturnText("isp_upload").extractData(new StreamSource(new StringReader(response)));

		BureauReturn reply = BureauReturn.parse(text);
		assertThat(reply.msgCode()).isEqualTo(14);
		assertThat(reply.msg()).isEqualTo("缺少 & 序号");
		assertThat(reply.missingDataSequences()).containsExactly(7L, 8L);
	}

}
