package cn.beianbridge.simulator.bureau;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedFileTests {

	@Test
	void aChangeOrCancellationIsRefusedWholeUntilTheSimulatedBureauReviewsThem() {
		byte[] cancel = ("<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData version=\"V.3.0\"><ICP><ZXBA><Zx_xx>"
				+ "<Zxlb>1</Zxlb><Jlid>5</Jlid><Zxly>3</Zxly></Zx_xx></ZXBA><Qqdwid>1</Qqdwid></ICP></UploadData>")
			.getBytes(Charset.forName("GBK"));

		ReceivedFile received = ReceivedFile.read("33202611271504050121", cancel);

		assertThat(received.readable()).isFalse();
		assertThat(received.fileResult()).isEqualTo(ReceivedFile.FAILS_SCHEMA);
		assertThat(received.error()).isEqualTo("this simulated bureau does not review BGBA or ZXBA yet");
	}

}
