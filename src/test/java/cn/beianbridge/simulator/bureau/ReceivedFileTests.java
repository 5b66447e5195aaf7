package cn.beianbridge.simulator.bureau;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedFileTests {

	@Test
	void aCancellationIsReadForReviewAndCountedAsARecord() {
		byte[] cancel = ("<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData version=\"V.3.0\"><ICP><ZXBA><Zx_xx>"
				+ "<Zxlb>1</Zxlb><Jlid>5</Jlid><Zxly>3</Zxly></Zx_xx></ZXBA><Qqdwid>1</Qqdwid></ICP></UploadData>")
			.getBytes(Charset.forName("GBK"));

		ReceivedFile received = ReceivedFile.read("33202611271504050121", cancel);

		assertThat(received.readable()).isTrue();
		assertThat(received.fileResult()).isZero();
		assertThat(received.operation()).isEqualTo("ZXBA");
		assertThat(received.records()).isEqualTo(1);
		assertThat(received.file().cancels()).singleElement()
			.satisfies(read -> assertThat(read.jlid()).isEqualTo(5));
	}

	@Test
	void aFileThatFailsTheSchemaIsStillRefusedWhole() {
		byte[] cancel = ("<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData version=\"V.3.0\"><ICP><ZXBA><Zx_xx>"
				+ "<Zxlb>3</Zxlb><Jlid>5</Jlid><Zxly>3</Zxly></Zx_xx></ZXBA><Qqdwid>1</Qqdwid></ICP></UploadData>")
			.getBytes(Charset.forName("GBK"));

		ReceivedFile received = ReceivedFile.read("33202611271504050121", cancel);

		assertThat(received.readable()).isFalse();
		assertThat(received.fileResult()).isEqualTo(ReceivedFile.FAILS_SCHEMA);
		assertThat(received.error()).contains("Zxlb");
	}

}
