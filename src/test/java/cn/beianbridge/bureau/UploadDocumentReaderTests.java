package cn.beianbridge.bureau;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadDocumentReaderTests {

	private static final Charset GBK = Charset.forName("GBK");

	private final UploadDocumentReader reader = new UploadDocumentReader();

	@Test
	void aDocumentOfAnotherVersionIsRefused() {
		assertThatThrownBy(() -> read("<UploadData version=\"V.2.0\"><ICP><XZBA/><Qqdwid>1</Qqdwid></ICP></UploadData>"))
			.isInstanceOf(UnreadableDocument.class)
			.hasMessageContaining("V.2.0");
	}

	@Test
	void aDocumentMustHoldExactlyOneKnownOperationListWithRecords() {
		assertThatThrownBy(() -> read("<UploadData version=\"V.3.0\"><ICP><XZBA/><XZWZ/><Qqdwid>1</Qqdwid></ICP></UploadData>"))
			.hasMessageContaining("exactly one")
			.hasMessageContaining("[XZBA, XZWZ]");
		assertThatThrownBy(() -> read("<UploadData version=\"V.3.0\"><ICP><BGBA/><Qqdwid>1</Qqdwid></ICP></UploadData>"))
			.hasMessageContaining("[BGBA]");
		assertThatThrownBy(() -> read("<UploadData version=\"V.3.0\"><ICP><XZBA/><Qqdwid>1</Qqdwid></ICP></UploadData>"))
			.hasMessage("<XZBA> holds no <Baxx>");
	}

	@Test
	void aRecordWithoutTheIdsAnAnswerNeedsIsRefusedNamingTheElement() {
		assertThatThrownBy(() -> read("<UploadData version=\"V.3.0\"><ICP><XZBA><Baxx><Zt_xx><Dwmc>某</Dwmc></Zt_xx></Baxx>"
				+ "</XZBA><Qqdwid>1</Qqdwid></ICP></UploadData>"))
			.hasMessage("<Zt_xx> lacks <IspZtid>");
		assertThatThrownBy(() -> read("<UploadData version=\"V.3.0\"><ICP><XZJR><Xzxx><Wzid>1</Wzid><Wzbah>b</Wzbah></Xzxx>"
				+ "</XZJR><Qqdwid>1</Qqdwid></ICP></UploadData>"))
			.hasMessage("<Xzxx> lacks <ICPmm>");
	}

	private UploadedFile read(String xml) {
		return reader.read(xml.getBytes(GBK));
	}

}
