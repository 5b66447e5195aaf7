package cn.beianbridge.bureau;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherDownload;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadDocumentReaderTests {

	private static final Charset GBK = Charset.forName("GBK");

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n";

	private final DownloadDocumentReader reader = new DownloadDocumentReader();

	@Test
	void readsResultsWithTheirCodesAndTheReviewersOpinions() {
		String xml = DECLARATION + """
				<DownloadData><ICP><BAJG>
				  <Jg_xx><Jgxx><Jgdm>1001</Jgdm><Dmms>管局审核通过</Dmms></Jgxx><Czlx>1</Czlx><Bs>700</Bs></Jg_xx>
				  <Jg_xx>
				    <Jgxx><Jgdm>1002</Jgdm><Dmms>管局审核不通过</Dmms></Jgxx><Czlx>2</Czlx><Bs>浙ICP备2026012345号</Bs>
				    <Bz>请补充材料</Bz>
				    <GJSHS><Gjsh><Shrxm>王珺</Shrxm><Shsj>2026-12-01 10:00:00</Shsj><Shyj>网站名称与主体不符</Shyj>
				      <Shjg>0</Shjg><Czlx>2</Czlx><Jlid>J-17</Jlid></Gjsh></GJSHS>
				  </Jg_xx>
				  <Jg_xx><Jgxx><Jgdm>1005</Jgdm><Dmms>域名已备案</Dmms></Jgxx><Jgxx><Jgdm>1011</Jgdm><Dmms>手机号码无效</Dmms></Jgxx>
				    <Czlx>3</Czlx><Bs>浙ICP备2026012345号-1</Bs></Jg_xx>
				</BAJG></ICP></DownloadData>
				""";
		BureauResults results = (BureauResults) reader.read(xml.getBytes(GBK));
		assertThat(results.kind()).isEqualTo("BAJG");
		assertThat(results.results()).extracting(Result::code).containsExactly(1001, 1002, 1005);
		assertThat(results.results()).extracting(Result::operation).containsExactly(1, 2, 3);
		assertThat(results.results().get(0).identifier()).isEqualTo("700");
		Result rejected = results.results().get(1);
		assertThat(rejected.identifier()).isEqualTo("浙ICP备2026012345号");
		assertThat(rejected.remarks()).isEqualTo("请补充材料");
		assertThat(rejected.opinions()).containsExactly(
				new ReviewOpinion("王珺", "2026-12-01 10:00:00", "网站名称与主体不符", false, 2, "J-17"));
		assertThat(results.results().get(2).codes()).extracting(DownloadDocument.ResultCode::text)
			.containsExactly("域名已备案", "手机号码无效");
	}

	@Test
	void readsFiledDataWithOurIdsTheBureausIdsAndTheIcpNumbers() {
		String xml = DECLARATION + """
				<DownloadData><ICP><BASJ><Baxx>
				  <Zt_xx><IspZtid>700</IspZtid><Ztid>880001</Ztid><Baxh>浙ICP备2026012345号</Baxh><Dwmc>浙江堃喆科技有限公司</Dwmc></Zt_xx>
				  <Wz_xx><IspWzid>710</IspWzid><Wzid>990001</Wzid><Baxh>浙ICP备2026012345号-1</Baxh></Wz_xx>
				  <Wz_xx><Wzid>990002</Wzid><Baxh>浙ICP备2026012345号-2</Baxh></Wz_xx>
				</Baxx></BASJ></ICP></DownloadData>
				""";
		FiledData filed = (FiledData) reader.read(xml.getBytes(GBK));
		assertThat(filed.records()).singleElement().satisfies(record -> {
			assertThat(record.entity()).isEqualTo(new FiledEntity(700L, 880001, "浙ICP备2026012345号"));
			assertThat(record.websites()).containsExactly(new FiledWebsite(710L, 990001, "浙ICP备2026012345号-1"),
					new FiledWebsite(null, 990002, "浙ICP备2026012345号-2"));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "ZXSJ", "HMDLB", "FFJRHMD", "WBAWZLB", "HSRW", "HCJG", "XGTZ", "JCDM", "SOMETHINGNEW" })
	void everyOtherKindIsKeptWholeForStorage(String kind) {
		String xml = DECLARATION + "<DownloadData><ICP><%s><Xx>昇赟 &amp; 龑</Xx></%s></ICP></DownloadData>".formatted(kind,
				kind);
		DownloadDocument document = reader.read(xml.getBytes(GBK));
		assertThat(document).isEqualTo(new OtherDownload(kind, xml));
	}

	@Test
	void aDocumentWithoutDeclarationIsReadAsGbkAndOneDeclaringUtf8AsUtf8() {
		String body = "<DownloadData><ICP><XGTZ>喆</XGTZ></ICP></DownloadData>";
		assertThat(((OtherDownload) reader.read(body.getBytes(GBK))).rawXml()).contains("喆");
		String utf8 = "<?xml version='1.0' encoding='UTF-8'?>" + body;
		assertThat(((OtherDownload) reader.read(utf8.getBytes(StandardCharsets.UTF_8))).rawXml()).contains("喆");
	}

	@Test
	void garbageIsRefusedWithAClearError() {
		assertThatThrownBy(() -> reader.read("this is not xml".getBytes(GBK))).isInstanceOf(UnreadableDocument.class)
			.hasMessageContaining("not well-formed");
		assertThatThrownBy(() -> reader.read("<DownloadData><ICP><BAJG>".getBytes(GBK)))
			.isInstanceOf(UnreadableDocument.class);
		assertThatThrownBy(() -> reader.read(new byte[0])).hasMessageContaining("empty");
		assertThatThrownBy(() -> reader.read("<UploadData/>".getBytes(GBK))).hasMessageContaining("<UploadData>");
		assertThatThrownBy(() -> reader.read("<DownloadData><ICP/></DownloadData>".getBytes(GBK)))
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> reader.read(new byte[] { '<', 'a', '>', (byte) 0x81, '<', '/', 'a', '>' }))
			.hasMessageContaining("not valid GBK");
	}

	@Test
	void resultsLackingWhatTheFlowNeedsAreRefusedNamingTheElement() {
		String noCode = "<DownloadData><ICP><BAJG><Jg_xx><Czlx>1</Czlx><Bs>7</Bs></Jg_xx></BAJG></ICP></DownloadData>";
		assertThatThrownBy(() -> reader.read(noCode)).hasMessage("<Jg_xx> lacks <Jgxx>");
		String badId = "<DownloadData><ICP><BASJ><Baxx><Zt_xx><Ztid>x1</Ztid><Baxh>b</Baxh></Zt_xx></Baxx></BASJ></ICP></DownloadData>";
		assertThatThrownBy(() -> reader.read(badId)).hasMessage("<Zt_xx>/<Ztid> is not a number: 'x1'");
	}

	@Test
	void externalEntitiesAndDtdsAreNeverResolved() {
		String xxe = """
				<?xml version="1.0" encoding="GBK"?>
				<!DOCTYPE DownloadData [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<DownloadData><ICP><XGTZ>&x;</XGTZ></ICP></DownloadData>
				""";
		assertThatThrownBy(() -> reader.read(xxe.getBytes(GBK))).isInstanceOf(UnreadableDocument.class)
			.hasMessageContaining("DTD")
			.hasMessageNotContaining("root:");
		String billionLaughs = """
				<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<DownloadData><ICP><XGTZ>&b;</XGTZ></ICP></DownloadData>
				""";
		assertThatThrownBy(() -> reader.read(billionLaughs)).isInstanceOf(UnreadableDocument.class);
	}

}
