package cn.beianbridge.bureau;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauReturn.FileInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BureauReturnTests {

	@Test
	void readsAPlainReply() {
		BureauReturn reply = BureauReturn.parse("<?xml version=\"1.0\" encoding=\"GBK\"?>"
				+ "<return><msg_code>20</msg_code><msg>非上报时间段</msg></return>");
		assertThat(reply).isEqualTo(BureauReturn.of(20, "非上报时间段"));
		assertThat(reply.msgCodeClass()).isEqualTo(MsgCodeClass.RETRY_LATER);
	}

	@Test
	void readsTheFileOfADownloadReply() {
		BureauReturn reply = BureauReturn.parse("""
				<return><msg_code>3</msg_code><msg>还有文件</msg><fileInfos>
				  <hashAlgorithm>0</hashAlgorithm><compressionFormat>0</compressionFormat><encryptAlgorithm>1</encryptAlgorithm>
				  <return_FileName>33dl0001</return_FileName><beianInfo>UEsDBA==</beianInfo><beianInfoHash>FFgw80eL+JF+B7egfT/7cQ==</beianInfoHash>
				</fileInfos></return>
				""");
		assertThat(reply.fileInfo()).isEqualTo(new FileInfo(0, 0, 1, "33dl0001", "UEsDBA==", "FFgw80eL+JF+B7egfT/7cQ==", null));
		assertThat(reply.fileInfo().hasFile()).isTrue();
	}

	@Test
	void readsTheMissingSequencesOfAGapReply() {
		BureauReturn reply = BureauReturn.parse("<return><msg_code>14</msg_code><msg>gap</msg><dataSequences>"
				+ "<dataSequence>7</dataSequence><dataSequence>8</dataSequence></dataSequences></return>");
		assertThat(reply.missingDataSequences()).containsExactly(7L, 8L);
		assertThat(reply.msgCodeClass()).isEqualTo(MsgCodeClass.RECONCILE);
	}

	@Test
	void whatTheSimulatorWritesTheClientReadsBack() {
		PackedPayload payload = PayloadCodec.plaintext().pack("33x1", "<a>珺 & 昇</a>".getBytes(java.nio.charset.Charset.forName("GBK")));
		List<BureauReturn> replies = List.of(BureauReturn.of(0, "上报成功 <ok> & \"done\""),
				new BureauReturn(0, "ok", FileInfo.of("33x1", payload, 41L), List.of()),
				new BureauReturn(0, "none", new FileInfo(0, 0, 0, null, null, null, 0L), List.of()),
				new BureauReturn(14, "缺少序号", null, List.of(3L, 4L, 5L)));
		for (BureauReturn reply : replies) {
			assertThat(BureauReturn.parse(reply.toXml())).isEqualTo(reply);
		}
		assertThat(replies.get(2).fileInfo().hasFile()).isFalse();
		assertThat(replies.get(0).toXml()).startsWith("<return version=\"V.3.0\"><msg_code>0</msg_code>")
			.contains("&lt;ok&gt; &amp;");
	}

	@Test
	void aReplyThatIsNotAReturnDocumentIsRefused() {
		assertThatThrownBy(() -> BureauReturn.parse("<html>502 Bad Gateway</html>")).isInstanceOf(UnreadableDocument.class)
			.hasMessageContaining("<html>");
		assertThatThrownBy(() -> BureauReturn.parse("<return><msg>no code</msg></return>"))
			.hasMessage("<return> lacks <msg_code>");
		assertThatThrownBy(() -> BureauReturn.parse("<return><msg_code>ok</msg_code></return>"))
			.hasMessageContaining("not a number");
		assertThatThrownBy(() -> BureauReturn.parse("")).isInstanceOf(UnreadableDocument.class);
	}

	@Test
	void everyListedMsgCodeHasItsClass() {
		assertClass(MsgCodeClass.DONE, 0, 1, 2, 3);
		assertClass(MsgCodeClass.RETRY_LATER, 15, 20, 901, 902, 999);
		assertClass(MsgCodeClass.FIX_AND_RESEND, 6, 7, 8, 9, 10, 11, 16, 17, 18, 21);
		assertClass(MsgCodeClass.OPERATOR_NEEDED, 4, 5, 12, 13, 19, 22);
		assertClass(MsgCodeClass.RECONCILE, 14);
		assertClass(MsgCodeClass.OPERATOR_NEEDED, 23, 100, -1, 903);
		assertThat(new PayloadRejected(7, "x").msgCodeClass()).isEqualTo(MsgCodeClass.FIX_AND_RESEND);
	}

	private static void assertClass(MsgCodeClass expected, int... codes) {
		for (int code : codes) {
			assertThat(MsgCodeClass.classify(code)).as("msg_code %d", code).isEqualTo(expected);
		}
	}

}
