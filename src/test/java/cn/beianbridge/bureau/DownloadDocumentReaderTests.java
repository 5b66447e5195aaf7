package cn.beianbridge.bureau;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherSection;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadDocumentReaderTests {

	private static final Charset GBK = Charset.forName("GBK");

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n";

	private final DownloadDocumentReader reader = new DownloadDocumentReader();

	@Test
	void readsResultsWithTheirCodesAndGivesEachReviewOpinionToItsResult() {
		String xml = DECLARATION + """
				<DownloadData version="V.3.0"><ICP><BAJG>
				  <Jg_xx><Jgxx><Jgdm>1001</Jgdm><Dmms>管局审核通过</Dmms></Jgxx><Czlx>1</Czlx><Bs>700</Bs></Jg_xx>
				  <Jg_xx>
				    <Jgxx><Dmms>管局审核不通过</Dmms><Jgdm>1002</Jgdm></Jgxx><Czlx>1</Czlx><Bs>701</Bs><Bz>请补充材料</Bz>
				  </Jg_xx>
				  <Jg_xx><Jgxx><Jgdm>1005</Jgdm><Dmms>域名已备案</Dmms></Jgxx><Jgxx><Jgdm>1011</Jgdm><Dmms>手机号码无效</Dmms></Jgxx>
				    <Czlx>3</Czlx><Bs>浙ICP备2026012345号-1</Bs></Jg_xx>
				  <GJSHS>
				    <Gjsh><Shsj>2026-12-01 10:00:00</Shsj><Shrxm>王珺</Shrxm><Shyj>网站名称与主体不符</Shyj>
				      <Shjg>0</Shjg><Czlx>1</Czlx><Jlid>701</Jlid></Gjsh>
				    <Gjsh><Shrxm>李昇</Shrxm><Shsj>2026-12-01</Shsj><Shjg>1</Shjg><Jlid>700</Jlid></Gjsh>
				  </GJSHS>
				</BAJG></ICP></DownloadData>
				""";
		DownloadDocument document = reader.read(xml.getBytes(GBK));
		assertThat(document.kind()).isEqualTo("BAJG");
		BureauResults results = document.bureauResults().get(0);
		assertThat(results.results()).extracting(Result::code).containsExactly(1001, 1002, 1005);
		assertThat(results.results()).extracting(Result::operation).containsExactly(1, 1, 3);
		Result rejected = results.results().get(1);
		assertThat(rejected.identifier()).isEqualTo("701");
		assertThat(rejected.remarks()).isEqualTo("请补充材料");
		assertThat(rejected.opinions()).containsExactly(
				new ReviewOpinion("王珺", "2026-12-01 10:00:00", "网站名称与主体不符", false, 1, "701"));
		assertThat(results.results().get(0).opinions()).extracting(ReviewOpinion::reviewer).containsExactly("李昇");
		assertThat(results.results().get(2).codes()).extracting(DownloadDocument.ResultCode::text)
			.containsExactly("域名已备案", "手机号码无效");
		assertThat(results.unassignedOpinions()).isEmpty();
	}

	@Test
	void anOpinionNamingNoResultGoesToTheOnlyRejectionOrIsKeptApart() {
		String onlyRejection = """
				<DownloadData version="V.3.0"><ICP><BAJG>
				  <Jg_xx><Jgxx><Jgdm>1001</Jgdm></Jgxx><Czlx>2</Czlx><Bs>浙ICP备2026000001号</Bs></Jg_xx>
				  <Jg_xx><Jgxx><Jgdm>1002</Jgdm></Jgxx><Czlx>2</Czlx><Bs>浙ICP备2026000002号</Bs></Jg_xx>
				  <GJSHS><Gjsh><Shsj>2026-12-01</Shsj><Shyj>名称不符</Shyj><Shjg>0</Shjg><Jlid>880002</Jlid></Gjsh></GJSHS>
				</BAJG></ICP></DownloadData>
				""";
		BureauResults one = reader.read(onlyRejection).bureauResults().get(0);
		assertThat(one.results().get(1).opinions()).extracting(ReviewOpinion::opinion).containsExactly("名称不符");
		String twoRejections = onlyRejection.replace("<Jgdm>1001</Jgdm>", "<Jgdm>1002</Jgdm>");
		BureauResults two = reader.read(twoRejections).bureauResults().get(0);
		assertThat(two.results()).allSatisfy(result -> assertThat(result.opinions()).isEmpty());
		assertThat(two.unassignedOpinions()).extracting(ReviewOpinion::opinion).containsExactly("名称不符");
	}

	@Test
	void anOpinionInsideItsResultIsThatResults() {
		String draft = "<DownloadData><ICP><BAJG><Jg_xx><Jgxx><Jgdm>1002</Jgdm></Jgxx><Czlx>1</Czlx><Bs>7</Bs>"
				+ "<GJSHS><Gjsh><Shsj>2026-12-01</Shsj><Shyj>不符</Shyj><Shjg>0</Shjg></Gjsh></GJSHS></Jg_xx>"
				+ "<Jg_xx><Jgxx><Jgdm>1001</Jgdm></Jgxx><Czlx>1</Czlx><Bs>8</Bs></Jg_xx></BAJG></ICP></DownloadData>";
		BureauResults results = reader.read(draft).bureauResults().get(0);
		assertThat(results.results().get(0).opinions()).extracting(ReviewOpinion::opinion).containsExactly("不符");
		assertThat(results.results().get(1).opinions()).isEmpty();
	}

	@Test
	void readsFiledDataWithOurIdsTheBureausIdsAndTheIcpNumbersWhereverTheyStand() {
		String xml = DECLARATION + """
				<DownloadData version="V.3.0"><ICP><BASJ><Baxx>
				  <Zt_xx><Baxh>浙ICP备2026012345号</Baxh><Dwmc>浙江堃喆科技有限公司</Dwmc><Ztid>880001</Ztid><IspZtid>700</IspZtid></Zt_xx>
				  <Wz_xx><IspWzid>710</IspWzid><Wzid>990001</Wzid><Wzmc>堃喆</Wzmc><Baxh>浙ICP备2026012345号-1</Baxh></Wz_xx>
				  <Wz_xx><Wzid>990002</Wzid><Baxh>浙ICP备2026012345号-2</Baxh></Wz_xx>
				  <Wz_xx><IspWzid>712</IspWzid><Wzid>990003</Wzid></Wz_xx>
				</Baxx></BASJ></ICP></DownloadData>
				""";
		FiledData filed = reader.read(xml.getBytes(GBK)).filedData().get(0);
		assertThat(filed.records()).singleElement().satisfies(record -> {
			assertThat(record.entity()).isEqualTo(new FiledEntity(700L, 880001, "浙ICP备2026012345号"));
			assertThat(record.websites()).containsExactly(new FiledWebsite(710L, 990001, "浙ICP备2026012345号-1"),
					new FiledWebsite(null, 990002, "浙ICP备2026012345号-2"), new FiledWebsite(712L, 990003, null));
		});
	}

	@Test
	void readsEachWebsitesDomainsAccessesAndRangesWithTheBureausIdsAndOursWhereSent() {
		String xml = DECLARATION + """
				<DownloadData version="V.3.0"><ICP><BASJ><Baxx>
				  <Zt_xx><IspZtid>700</IspZtid><Ztid>880001</Ztid><Baxh>浙ICP备2026012345号</Baxh></Zt_xx>
				  <Wz_xx><Wzid>990001</Wzid><Wzmc>堃喆</Wzmc>
				    <Ym_xx><Ym>kunzhe.cn</Ym><IspYmid>712</IspYmid><Ymid>99000101</Ymid></Ym_xx>
				    <Ym_xx><Ymid>99000102</Ymid><Ym>KunZhe.com.cn</Ym></Ym_xx>
				    <Jr_xx><Jrid>9900011</Jrid><Ispid>7</Ispid><Wzfb><Fbdd>1</Fbdd></Wzfb><Wzjrfs><Jrfs>4</Jrfs></Wzjrfs>
				      <Ip_xx><Zzip>16909066</Zzip><Ipid>990001101</Ipid><Qsip>16909060</Qsip></Ip_xx></Jr_xx>
				    <Jr_xx><IspJrid>711</IspJrid><Jrid>9900012</Jrid><Ispid>330000000001</Ispid><Wzfb><Fbdd>2</Fbdd></Wzfb>
				      <Wzjrfs><Jrfs>1</Jrfs><Jrfs>2</Jrfs></Wzjrfs>
				      <Ip_xx><IspIpid>716</IspIpid><Ipid>990001201</Ipid><Qsip>1</Qsip><Zzip>4294967295</Zzip></Ip_xx></Jr_xx>
				    <Baxh>浙ICP备2026012345号-1</Baxh></Wz_xx>
				</Baxx></BASJ></ICP></DownloadData>
				""";
		FiledWebsite website = reader.read(xml.getBytes(GBK)).filedData().get(0).records().get(0).websites().get(0);

		assertThat(website.domains()).containsExactly(new FiledDomain(99000101, "kunzhe.cn", 712L),
				new FiledDomain(99000102, "KunZhe.com.cn", null));
		assertThat(website.accesses()).containsExactly(
				new FiledAccess(9900011, 7, List.of(1), List.of(4), List.of(new FiledIpRange(990001101, 16909060, 16909066))),
				new FiledAccess(9900012, 330000000001L, List.of(2), List.of(1, 2),
						List.of(new FiledIpRange(990001201, 1, 4294967295L, 716L)), 711L));
		FiledIpRange range = website.accesses().get(0).ipRanges().get(0);
		assertThat(range.startAddress() + "-" + range.endAddress()).isEqualTo("1.2.3.4-1.2.3.10");
		assertThat(website.accesses().get(1).ipRanges().get(0).endAddress()).isEqualTo("255.255.255.255");
	}

	@Test
	void aBadDomainAccessOrRangeMakesOnlyItsRecordUnreadableNamingTheElement() {
		String good = "<Wz_xx><Wzid>2</Wzid><Ym_xx><Ymid>21</Ymid><Ym>b.cn</Ym></Ym_xx><Jr_xx><Jrid>22</Jrid>"
				+ "<Ispid>1</Ispid><Wzfb><Fbdd>1</Fbdd></Wzfb><Wzjrfs><Jrfs>1</Jrfs></Wzjrfs><Ip_xx><Ipid>23</Ipid>"
				+ "<Qsip>1</Qsip><Zzip>2</Zzip></Ip_xx></Jr_xx></Wz_xx>";
		String[] bad = { good.replace("<Ymid>21</Ymid>", ""), good.replace("<Ym>b.cn</Ym>", "<Ym>" + "b".repeat(254) + "</Ym>"),
				good.replace("<Jrid>22</Jrid>", "<Jrid>0</Jrid>"), good.replace("<Ispid>1</Ispid>", "<Ispid>x</Ispid>"),
				good.replace("<Zzip>2</Zzip>", "<Zzip>4294967296</Zzip>"), good.replace("<Fbdd>1</Fbdd>", "<Fbdd>一</Fbdd>"),
				good.replace("<Ip_xx><Ipid>23</Ipid>", "<Ip_xx><IspIpid>-1</IspIpid><Ipid>23</Ipid>") };
		StringBuilder records = new StringBuilder();
		for (int i = 0; i < bad.length; i++) {
			records.append("<Baxx><Zt_xx><Ztid>").append(i + 1).append("</Ztid></Zt_xx>").append(bad[i]).append("</Baxx>");
		}
		records.append("<Baxx><Zt_xx><Ztid>99</Ztid></Zt_xx>").append(good).append("</Baxx>");

		FiledData data = reader.read("<DownloadData><ICP><BASJ>" + records + "</BASJ></ICP></DownloadData>").filedData()
			.get(0);

		assertThat(data.records()).extracting(record -> record.entity().ztid()).containsExactly(99L);
		assertThat(data.records().get(0).websites().get(0).accesses().get(0).ipRanges()).hasSize(1);
		assertThat(data.unreadable()).containsExactly("<Baxx> #1: <Ym_xx> lacks <Ymid>",
				"<Baxx> #2: <Ym_xx>/<Ym> is 254 characters, longer than the 253 the bridge keeps",
				"<Baxx> #3: <Jr_xx>/<Jrid> must be at least 1, not 0", "<Baxx> #4: <Jr_xx>/<Ispid> is not a number: 'x'",
				"<Baxx> #5: <Ip_xx>/<Zzip> must be an IPv4 address from 0 to 4294967295, not 4294967296",
				"<Baxx> #6: <Wzfb>/<Fbdd> is not a number: '一'", "<Baxx> #7: <Ip_xx>/<IspIpid> must be at least 1, not -1");
	}

	@Test
	void aFileMayHoldSeveralSectionsInAnyOrder() {
		String xml = """
				<DownloadData version="V.3.0"><ICP>
				  <BAJG><Jg_xx><Jgxx><Jgdm>1001</Jgdm></Jgxx><Czlx>1</Czlx><Bs>700</Bs></Jg_xx></BAJG>
				  <ZXSJ><Zxxx><Zxlb>1</Zxlb><Jlid>990009</Jlid></Zxxx></ZXSJ>
				  <BASJ><Baxx><Zt_xx><IspZtid>700</IspZtid><Ztid>880001</Ztid><Baxh>浙ICP备2026012345号</Baxh></Zt_xx>
				    <Wz_xx><IspWzid>710</IspWzid><Wzid>990001</Wzid><Baxh>浙ICP备2026012345号-1</Baxh></Wz_xx></Baxx></BASJ>
				</ICP></DownloadData>
				""";
		DownloadDocument document = reader.read(xml);
		assertThat(document.kind()).isEqualTo("BAJG+ZXSJ+BASJ");
		assertThat(document.sections()).extracting(DownloadDocument.Section::kind).containsExactly("BAJG", "ZXSJ", "BASJ");
		assertThat(document.bureauResults()).singleElement()
			.satisfies(results -> assertThat(results.results()).extracting(Result::identifier).containsExactly("700"));
		assertThat(document.filedData()).singleElement()
			.satisfies(filed -> assertThat(filed.records().get(0).entity().icpNumber()).isEqualTo("浙ICP备2026012345号"));
	}

	@Test
	void cancellationsAreReadEachOnItsOwnAndAnAccessCancellationIsAcceptedThoughTheSchemaStopsAtWebsite() {
		String xml = """
				<DownloadData version="V.3.0"><ICP><ZXSJ>
				  <Zxxx><Jlid>880001</Jlid><Zxlb>0</Zxlb><Bz>强制注销</Bz></Zxxx>
				  <Zxxx><Zxlb>1</Zxlb><Jlid>990002</Jlid></Zxxx>
				  <Zxxx><Zxlb>2</Zxlb><Jlid>770003</Jlid></Zxxx>
				  <Zxxx><Zxlb>3</Zxlb><Jlid>770004</Jlid></Zxxx>
				  <Zxxx><Zxlb>1</Zxlb></Zxxx>
				  <Zxxx><Zxlb>1</Zxlb><Jlid>0</Jlid></Zxxx>
				</ZXSJ></ICP></DownloadData>
				""";
		BureauCancellations read = reader.read(xml).bureauCancellations().get(0);
		assertThat(read.cancellations()).containsExactly(new BureauCancellation(0, 880001, "强制注销"),
				new BureauCancellation(1, 990002, null), new BureauCancellation(2, 770003, null));
		assertThat(read.unreadable()).hasSize(3)
			.anySatisfy(reason -> assertThat(reason).startsWith("<Zxxx> #4:").contains("Zxlb", "not 3"))
			.anySatisfy(reason -> assertThat(reason).startsWith("<Zxxx> #5:").contains("Jlid"))
			.anySatisfy(reason -> assertThat(reason).startsWith("<Zxxx> #6:").contains("at least 1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "HMDLB", "FFJRHMD", "WBAWZLB", "HSRW", "HCJG", "XGTZ", "SOMETHINGNEW" })
	void everyOtherSectionIsNamedAndKeptOnlyInTheFile(String kind) {
		String xml = DECLARATION + "<DownloadData><ICP><%s><Xx>昇赟 &amp; 龑</Xx></%s></ICP></DownloadData>".formatted(kind,
				kind);
		DownloadDocument document = reader.read(xml.getBytes(GBK));
		assertThat(document).isEqualTo(DownloadDocument.of(new OtherSection(kind)));
		assertThat(document.kind()).isEqualTo(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "IP", "YM", "JCDM", "SJTB" })
	void aFileAboutAddressesDomainsOrCodeTablesIsNamedByItsRoot(String root) {
		String xml = "<DownloadData version=\"V.3.0\"><%s><BAJG/></%s></DownloadData>".formatted(root, root);
		DownloadDocument document = reader.read(xml);
		assertThat(document.root()).isEqualTo(root);
		assertThat(document.sections()).isEmpty();
		assertThat(document.kind()).isEqualTo(root);
	}

	@Test
	void anEmptyIcpHoldsNothingToApply() {
		DownloadDocument document = reader.read("<DownloadData version=\"V.3.0\"><ICP/></DownloadData>");
		assertThat(document.sections()).isEmpty();
		assertThat(document.kind()).isEqualTo("ICP");
	}

	@Test
	void aDocumentWithoutDeclarationIsReadAsGbkAndOneDeclaringUtf8AsUtf8() {
		String body = "<DownloadData><ICP><BAJG><Jg_xx><Jgxx><Jgdm>1002</Jgdm><Dmms>喆</Dmms></Jgxx><Czlx>1</Czlx>"
				+ "</Jg_xx></BAJG></ICP></DownloadData>";
		assertThat(reader.read(body.getBytes(GBK)).bureauResults().get(0).results().get(0).codes().get(0).text())
			.isEqualTo("喆");
		String utf8 = "<?xml version='1.0' encoding='UTF-8'?>" + body;
		assertThat(reader.read(utf8.getBytes(StandardCharsets.UTF_8)).bureauResults().get(0).results().get(0).codes()
			.get(0).text()).isEqualTo("喆");
	}

	@Test
	void garbageIsRefusedWithAClearError() {
		assertThatThrownBy(() -> reader.read("this is not xml".getBytes(GBK))).isInstanceOf(UnreadableDocument.class)
			.hasMessageContaining("not well-formed");
		assertThatThrownBy(() -> reader.read("<DownloadData><ICP><BAJG>".getBytes(GBK)))
			.isInstanceOf(UnreadableDocument.class);
		assertThatThrownBy(() -> reader.read(new byte[0])).hasMessageContaining("empty");
		assertThatThrownBy(() -> reader.read("<UploadData/>".getBytes(GBK))).hasMessageContaining("<UploadData>");
		assertThatThrownBy(() -> reader.read("<DownloadData/>".getBytes(GBK))).hasMessageContaining("exactly one");
		assertThatThrownBy(() -> reader.read(new byte[] { '<', 'a', '>', (byte) 0x81, '<', '/', 'a', '>' }))
			.hasMessageContaining("not valid GBK");
	}

	@Test
	void aResultOrRecordThatCannotBeReadIsNamedAndTheOthersAreRead() {
		String results = "<DownloadData><ICP><BAJG><Jg_xx><Czlx>1</Czlx><Bs>7</Bs></Jg_xx>"
				+ "<Jg_xx><Jgxx><Jgdm>1001</Jgdm></Jgxx><Czlx>1</Czlx><Bs>8</Bs></Jg_xx></BAJG></ICP></DownloadData>";
		BureauResults read = reader.read(results).bureauResults().get(0);
		assertThat(read.results()).extracting(Result::identifier).containsExactly("8");
		assertThat(read.unreadable()).containsExactly("<Jg_xx> #1: <Jg_xx> lacks <Jgxx>");
		String filed = "<DownloadData><ICP><BASJ><Baxx><Zt_xx><Ztid>x1</Ztid><Baxh>b</Baxh></Zt_xx></Baxx>"
				+ "<Baxx><Zt_xx><Ztid>2</Ztid></Zt_xx></Baxx></BASJ></ICP></DownloadData>";
		FiledData data = reader.read(filed).filedData().get(0);
		assertThat(data.records()).extracting(record -> record.entity().ztid()).containsExactly(2L);
		assertThat(data.unreadable()).containsExactly("<Baxx> #1: <Zt_xx>/<Ztid> is not a number: 'x1'");
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

	@Test
	void aTextLongerThanTheBridgeKeepsMakesItsResultOrRecordUnreadableNamingTheLengthNotTheValue() {
		String results = "<DownloadData><ICP><BAJG><Jg_xx><Jgxx><Jgdm>1002</Jgdm></Jgxx><Czlx>1</Czlx><Bs>7</Bs>"
				+ "<GJSHS><Gjsh><Shjg>0</Shjg><Shyj>" + "驳".repeat(2001) + "</Shyj></Gjsh></GJSHS></Jg_xx>"
				+ "<Jg_xx><Jgxx><Jgdm>1001</Jgdm></Jgxx><Czlx>1</Czlx><Bs>" + "8".repeat(129) + "</Bs></Jg_xx>"
				+ "<Jg_xx><Jgxx><Jgdm>1001</Jgdm></Jgxx><Czlx>1</Czlx><Bs>9</Bs></Jg_xx></BAJG></ICP></DownloadData>";
		BureauResults read = reader.read(results).bureauResults().get(0);
		assertThat(read.results()).extracting(Result::identifier).containsExactly("9");
		assertThat(read.unreadable()).containsExactly(
				"<Jg_xx> #1: <Gjsh>/<Shyj> is 2001 characters, longer than the 2000 the bridge keeps",
				"<Jg_xx> #2: <Jg_xx>/<Bs> is 129 characters, longer than the 128 the bridge keeps");
		String filed = "<DownloadData><ICP><BASJ><Baxx><Zt_xx><IspZtid>1</IspZtid><Ztid>1</Ztid><Baxh>浙ICP备1号</Baxh>"
				+ "</Zt_xx><Wz_xx><IspWzid>2</IspWzid><Wzid>2</Wzid><Baxh>浙ICP备1号-" + "1".repeat(60) + "</Baxh></Wz_xx>"
				+ "</Baxx></BASJ></ICP></DownloadData>";
		assertThat(reader.read(filed).filedData().get(0).unreadable())
			.containsExactly("<Baxx> #1: <Wz_xx>/<Baxh> is 68 characters, longer than the 64 the bridge keeps");
	}

	@Test
	void aDocumentNestedDeeperThanAnyBureauSchemaIsRefused() {
		String deep = "<DownloadData><ICP>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</ICP></DownloadData>";
		assertThatThrownBy(() -> reader.read(deep)).isInstanceOf(UnreadableDocument.class)
			.hasMessage("The document nests elements deeper than 32, which is refused");
	}

}
