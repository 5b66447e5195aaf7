package cn.beianbridge.bureau;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.internal.UnwritableRecord;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Access;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.PreApproval;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;

import static cn.beianbridge.bureau.SampleFilings.entity;
import static cn.beianbridge.bureau.SampleFilings.filing;
import static cn.beianbridge.bureau.SampleFilings.firstFiling;
import static cn.beianbridge.bureau.SampleFilings.record;
import static cn.beianbridge.bureau.SampleFilings.website;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadDocumentWriterTests {

	private static final Charset GBK = Charset.forName("GBK");

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	@Test
	void aFirstFilingFileHasTheProtocolsStructureAndTheBureausCodes() {
		FilingDocument filing = firstFiling("F-1");
		byte[] xml = writer.write("110000000211", List.of(record(filing, 7), record(firstFiling("F-2"), 8)));
		assertThat(new String(xml, GBK)).startsWith("<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData");
		XmlQuery doc = new XmlQuery(xml);
		assertThat(doc.text("/UploadData/@version")).isEqualTo("V.3.0");
		assertThat(doc.text("/UploadData/ICP/Qqdwid")).isEqualTo("110000000211");
		assertThat(doc.count("/UploadData/ICP/*")).isEqualTo(2);
		assertThat(doc.count("/UploadData/ICP/XZBA/Baxx")).isEqualTo(2);
		String baxx = "/UploadData/ICP/XZBA/Baxx[1]";
		assertThat(doc.text(baxx + "/Zt_xx/IspZtid")).isEqualTo("700");
		assertThat(doc.text(baxx + "/Zt_xx/Dwmc")).isEqualTo("浙江堃喆科技有限公司");
		assertThat(doc.text(baxx + "/Zt_xx/Dwxz")).isEqualTo("3");
		assertThat(doc.text(baxx + "/Zt_xx/Txdz/Xianid")).isEqualTo("330108");
		assertThat(doc.text(baxx + "/Zt_xx/Zj/Zjlx")).isEqualTo("1");
		assertThat(doc.text(baxx + "/Zt_xx/Zj/Zjhm")).isEqualTo("91330100716105852F");
		assertThat(doc.text(baxx + "/Zt_xx/Fzr/Fzr_zjlx")).isEqualTo("2");
		assertThat(doc.text(baxx + "/Zt_xx/Fzr/Fzr_sjhm")).isEqualTo("13812345678");
		assertThat(doc.text(baxx + "/Zt_xx/Bbfs")).isEqualTo("1");
		String wz = baxx + "/Wz_xx";
		assertThat(doc.text(wz + "/IspWzid")).isEqualTo("710");
		assertThat(doc.text(wz + "/Wzmc")).isEqualTo("堃喆官网");
		assertThat(doc.text(wz + "/Fwnr/Fwnr_id")).isEqualTo("3");
		assertThat(doc.text(wz + "/Yylb/Yylb_id[1]") + "," + doc.text(wz + "/Yylb/Yylb_id[2]")).isEqualTo("1,3");
		assertThat(doc.count(wz + "/Ym_xx")).isEqualTo(2);
		assertThat(doc.text(wz + "/Ym_xx[2]/IspYmid") + " " + doc.text(wz + "/Ym_xx[2]/Ym")).isEqualTo("713 kunzhe.com.cn");
		assertThat(doc.text(wz + "/Jr_xx/IspJrid")).isEqualTo("711");
		assertThat(doc.text(wz + "/Jr_xx/Wzfb/Fbdd")).as("server-location of 330100: Zhejiang's code").isEqualTo("11");
		assertThat(doc.text(wz + "/Jr_xx/Wzjrfs/Jrfs")).isEqualTo("4");
		assertThat(doc.text(wz + "/Jr_xx/Ip_xx/IspIpid")).isEqualTo("716");
		assertThat(doc.text(wz + "/Jr_xx/Ip_xx/Qsip")).isEqualTo("16909060");
		assertThat(doc.text(wz + "/Jr_xx/Ip_xx/Zzip")).isEqualTo("16909066");
		assertThat(doc.text(wz + "/Wz_Fzr/Fzr_xm")).isEqualTo("宋佳磊");
		assertThat(doc.text(wz + "/Syurl")).isEqualTo("www.kunzhe.cn");
		assertThat(doc.count(wz + "/Wz_Bz")).as("absent remarks are left out").isZero();
		assertThat(doc.count(wz + "/Nrlx")).as("no pre-approval").isZero();
		assertThat(BureauSchema.UPLOAD_DATA.check(xml)).isEmpty();
	}

	@Test
	void attachmentsCarryTheirContentAndOurIdOfTheirOwner() {
		FilingDocument filing = firstFiling("F-1");
		XmlQuery doc = new XmlQuery(writer.write("1", List.of(record(filing, 7))));
		String fj = "/UploadData/ICP/XZBA/Baxx/Fj";
		assertThat(doc.count(fj)).as("one Fj per attachment").isEqualTo(2);
		assertThat(doc.count(fj + "/Fjxx")).isEqualTo(2);
		assertThat(doc.text(fj + "[1]/Fjxx/Fjwjgs")).isEqualTo("1");
		assertThat(doc.text(fj + "[1]/Fjxx/Fjyt")).isEqualTo("1");
		assertThat(doc.text(fj + "[1]/Fjxx/Fjnr")).isEqualTo(filing.attachments().get(0).contentBase64());
		assertThat(doc.text(fj + "[1]/Fjxx/Fjssdx/Ssdxlx") + "/" + doc.text(fj + "[1]/Fjxx/Fjssdx/Ssdxbs"))
			.isEqualTo("2/710");
		assertThat(doc.text(fj + "[2]/Fjxx/Fjssdx/Ssdxlx") + "/" + doc.text(fj + "[2]/Fjxx/Fjssdx/Ssdxbs"))
			.isEqualTo("1/700");
	}

	@Test
	void aPreApprovalIsWrittenWithItsTypeCodeNumberAndScans() {
		FilingDocument filing = filing("F-3", FilingType.FIRST_FILING, entity("某医院"), List.of(withPreApproval("w1")),
				List.of(SampleFilings.attachment(AttachmentPurpose.PRE_APPROVAL_DOCUMENT, AttachmentOwner.WEBSITE, "w1",
						new byte[] { 7, 7 }),
						SampleFilings.attachment(AttachmentPurpose.PRE_APPROVAL_DOCUMENT, AttachmentOwner.WEBSITE, "w1",
								new byte[] { 8 })));
		byte[] xml = writer.write("1", List.of(record(filing, 3)));
		XmlQuery doc = new XmlQuery(xml);
		assertThat(doc.text("//Wz_xx/Nrlx/Nrlx_xx/Nrlx_id")).isEqualTo("4");
		assertThat(doc.text("//Wz_xx/Nrlx/Nrlx_xx/Qzsph")).isEqualTo("浙卫网审【2026】第001号");
		assertThat(doc.count("//Wz_xx/Nrlx/Nrlx_xx/Spwj")).isEqualTo(2);
		assertThat(doc.text("//Wz_xx/Nrlx/Nrlx_xx/Spwj[1]")).isEqualTo(filing.attachments().get(0).contentBase64());
		assertThat(doc.text("//Wz_xx/Wz_Bz")).isEqualTo("备注");
		assertThat(doc.count("//Fj")).as("the scans are the approval's, not attachments besides it").isZero();
		assertThat(BureauSchema.UPLOAD_DATA.check(xml)).isEmpty();
	}

	@Test
	void aPreApprovalWithoutItsScanIsRefusedAsTheBureauWould() {
		FilingDocument filing = filing("F-17", FilingType.FIRST_FILING, entity("某医院"), List.of(withPreApproval("w1")),
				List.of(SampleFilings.attachment(AttachmentPurpose.PRE_APPROVAL_DOCUMENT, AttachmentOwner.ENTITY, null,
						new byte[] { 7 })));
		assertThatThrownBy(() -> writer.write("1", List.of(record(filing, 17)))).isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-17")
			.hasMessageContaining("website w1 has a pre-approval but no PRE_APPROVAL_DOCUMENT")
			.hasMessageContaining("Spwj");
	}

	private static Website withPreApproval(String id) {
		Website w = website(id, "健康咨询", "jk.cn");
		return new Website(w.consoleWebsiteId(), w.name(), w.domains(), w.homeUrl(), w.serviceContent(), w.languages(),
				new PreApproval("MEDICAL", "浙卫网审【2026】第001号"), w.access(), w.responsiblePerson(), "备注", null, null);
	}

	@Test
	void aNewWebsiteNamesTheFiledEntityAndCarriesTheFilingPassword() {
		FilingDocument filing = filing("F-4", FilingType.NEW_WEBSITE, entity("浙江堃喆科技有限公司"),
				List.of(website("w2", "堃喆商城", "kunzhe.shop")),
				List.of(SampleFilings.attachment(AttachmentPurpose.VERIFICATION_FORM, AttachmentOwner.WEBSITE, "w2",
						new byte[] { 9 })));
		byte[] xml = writer.write("1", List.of(record(filing, 4)));
		XmlQuery doc = new XmlQuery(xml);
		String xzxx = "/UploadData/ICP/XZWZ/Xzxx";
		assertThat(doc.count(xzxx)).isEqualTo(1);
		assertThat(doc.text(xzxx + "/Zt_xx/Ztbah")).as("the number the result will name").isEqualTo("浙ICP备2026012345号");
		assertThat(doc.count(xzxx + "/Zt_xx/*")).as("Ztbah or Ztid, a choice").isEqualTo(1);
		assertThat(doc.text(xzxx + "/Wz_xx/Wzmc")).isEqualTo("堃喆商城");
		assertThat(doc.text(xzxx + "/Wz_xx/Ym_xx/Ym")).isEqualTo("kunzhe.shop");
		assertThat(doc.text(xzxx + "/Fj/Fjxx/Fjssdx/Ssdxbs/Jlid")).as("our id of the new website").isEqualTo("410");
		assertThat(doc.text(xzxx + "/ICPmm")).isEqualTo(SampleFilings.PASSWORD_MD5);
		assertThat(BureauSchema.UPLOAD_DATA.check(xml)).isEmpty();
	}

	@Test
	void aNewWebsiteOfAnEntityKnownOnlyByTheBureausIdNamesItByThatId() {
		FilingDocument.Entity e = entity("浙江堃喆科技有限公司");
		FilingDocument.Entity byId = new FilingDocument.Entity(e.name(), e.nature(), e.investor(), e.region(), e.address(),
				e.certificate(), e.responsiblePerson(), null, 880001L);
		FilingDocument filing = filing("F-18", FilingType.NEW_WEBSITE, byId, List.of(website("w2", "堃喆商城", "kunzhe.shop")),
				List.of(SampleFilings.attachment(AttachmentPurpose.ENTITY_CERTIFICATE, AttachmentOwner.ENTITY, null,
						new byte[] { 9 })));
		byte[] xml = writer.write("1", List.of(record(filing, 18)));
		XmlQuery doc = new XmlQuery(xml);
		assertThat(doc.text("//Xzxx/Zt_xx/Ztid")).isEqualTo("880001");
		assertThat(doc.text("//Fj/Fjxx/Fjssdx/Ssdxlx") + "/" + doc.text("//Fj/Fjxx/Fjssdx/Ssdxbs/Jlid"))
			.isEqualTo("1/880001");
		assertThat(BureauSchema.UPLOAD_DATA.check(xml)).isEmpty();
	}

	@Test
	void aNewAccessWritesOneRecordPerWebsiteWithItsBureauIdsAndTheAccess() {
		FilingDocument filing = filing("F-5", FilingType.NEW_ACCESS, entity("浙江堃喆科技有限公司"),
				List.of(website("w1", "堃喆官网", "kunzhe.cn"), website("w2", "堃喆商城", "kunzhe.shop")),
				List.of(SampleFilings.attachment(AttachmentPurpose.VERIFICATION_FORM, AttachmentOwner.WEBSITE, "w2",
						new byte[] { 3 }),
						SampleFilings.attachment(AttachmentPurpose.ENTITY_CERTIFICATE, AttachmentOwner.ENTITY, null,
								new byte[] { 4 })));
		UploadRecord record = record(filing, 5);
		assertThat(record.bureauRecords()).isEqualTo(2);
		byte[] xml = writer.write("1", List.of(record));
		XmlQuery doc = new XmlQuery(xml);
		String xzxx = "/UploadData/ICP/XZJR/Xzxx";
		assertThat(doc.count(xzxx)).isEqualTo(2);
		assertThat(doc.text(xzxx + "[2]/Wz_xx/Wzbah")).isEqualTo("浙ICP备2026012345号-1");
		assertThat(doc.count(xzxx + "[2]/Wz_xx/*")).as("Wzbah or Wzid, a choice").isEqualTo(1);
		assertThat(doc.text(xzxx + "[2]/IspJrid")).isEqualTo("521");
		assertThat(doc.text(xzxx + "[2]/Wzfb/Fbdd")).isEqualTo("11");
		assertThat(doc.text(xzxx + "[2]/Wzjrfs/Jrfs")).isEqualTo("4");
		assertThat(doc.text(xzxx + "[2]/Ip_xx/Qsip")).isEqualTo("16909060");
		assertThat(doc.text(xzxx + "[2]/ICPmm")).isEqualTo(SampleFilings.PASSWORD_MD5);
		assertThat(doc.count(xzxx + "[1]/Fj")).as("the entity's attachment").isEqualTo(1);
		assertThat(doc.count(xzxx + "[2]/Fj")).as("the entity's and its own").isEqualTo(2);
		assertThat(doc.text(xzxx + "[2]/Fj[1]/Fjxx/Fjssdx/Ssdxlx") + "/"
				+ doc.text(xzxx + "[2]/Fj[1]/Fjxx/Fjssdx/Ssdxbs/Jlid")).isEqualTo("2/990001");
		assertThat(doc.text(xzxx + "[2]/Fj[2]/Fjxx/Fjssdx/Ssdxlx") + "/"
				+ doc.text(xzxx + "[2]/Fj[2]/Fjxx/Fjssdx/Ssdxbs/Jlid")).isEqualTo("1/880001");
		assertThat(doc.count("//Wzmc")).isZero();
		assertThat(BureauSchema.UPLOAD_DATA.check(xml)).isEmpty();
	}

	@Test
	void markupInNamesIsWrittenAsTextNeverAsStructure() {
		String hostile = "A<b>&\"c\"'</Dwmc><Evil/>]]>";
		FilingDocument filing = filing("F-6", FilingType.FIRST_FILING, entity(hostile),
				List.of(website("w1", "<script>&amp;", "a.cn")), List.of());
		byte[] xml = writer.write("1", List.of(record(filing, 6)));
		XmlQuery doc = new XmlQuery(xml);
		assertThat(doc.text("//Zt_xx/Dwmc")).isEqualTo(hostile);
		assertThat(doc.text("//Wz_xx/Wzmc")).isEqualTo("<script>&amp;");
		assertThat(doc.count("//Evil")).isZero();
		assertThat(doc.count("//script")).isZero();
		assertThat(new String(xml, GBK)).contains("A&lt;b&gt;&amp;");
	}

	@Test
	void ipAddressesBecomeUnsigned32BitIntegers() {
		Website w = website("w1", "站点", "a.cn");
		Website ranges = new Website("w1", w.name(), w.domains(), w.homeUrl(), w.serviceContent(), w.languages(), null,
				new Access("DEDICATED", "330100", List.of(new IpRange("0.0.0.1", "10.0.0.1"),
						new IpRange("192.168.0.1", "255.255.255.255"))),
				w.responsiblePerson(), null, null, null);
		FilingDocument filing = filing("F-7", FilingType.FIRST_FILING, entity("某公司"), List.of(ranges), List.of());
		XmlQuery doc = new XmlQuery(writer.write("1", List.of(record(filing, 7))));
		assertThat(doc.text("//Ip_xx[1]/Qsip")).isEqualTo("1");
		assertThat(doc.text("//Ip_xx[1]/Zzip")).isEqualTo("167772161");
		assertThat(doc.text("//Ip_xx[2]/Qsip")).isEqualTo("3232235521");
		assertThat(doc.text("//Ip_xx[2]/Zzip")).isEqualTo("4294967295");
	}

	@Test
	void aMalformedIpAddressIsRefusedNamingFilingAndField() {
		Website w = website("w1", "站点", "a.cn");
		Website bad = new Website("w1", w.name(), w.domains(), w.homeUrl(), w.serviceContent(), w.languages(), null,
				new Access("CLOUD", "330100", List.of(new IpRange("1.2.3.256", "1.2.3.4"))), w.responsiblePerson(), null,
				null, null);
		FilingDocument filing = filing("F-8", FilingType.FIRST_FILING, entity("某公司"), List.of(bad), List.of());
		assertThatThrownBy(() -> writer.write("1", List.of(record(filing, 8)))).isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-8")
			.hasMessageContaining("ipRanges[0].start")
			.hasMessageContaining("1.2.3.256");
	}

	@Test
	void rareCharactersThatGbkHoldsArriveIntact() {
		String rare = "堃喆珺昇赟龑镕頔曌";
		rare.codePoints().forEach(cp -> assertThat(GBK.newEncoder().canEncode(Character.toString(cp))).isTrue());
		FilingDocument filing = filing("F-9", FilingType.FIRST_FILING, entity(rare + "有限公司"),
				List.of(website("w1", rare, "a.cn")), List.of());
		byte[] xml = writer.write("1", List.of(record(filing, 9)));
		assertThat(new XmlQuery(xml).text("//Zt_xx/Dwmc")).isEqualTo(rare + "有限公司");
		assertThat(new String(xml, GBK)).contains("<Wzmc>" + rare + "</Wzmc>");
	}

	@Test
	void aCharacterGbkCannotHoldIsRefusedRatherThanTurnedIntoAQuestionMark() {
		for (String outside : new String[] { "𠀀", "䶮" }) {
			assertThat(GBK.newEncoder().canEncode(outside)).isFalse();
			FilingDocument filing = filing("F-10", FilingType.FIRST_FILING, entity("刘" + outside + "工作室"),
					List.of(website("w1", "站点", "a.cn")), List.of());
			assertThatThrownBy(() -> writer.write("1", List.of(record(filing, 10)))).isInstanceOf(UnwritableRecord.class)
				.hasMessageContaining("F-10")
				.hasMessageContaining("Zt_xx/Dwmc")
				.hasMessageContaining("GBK cannot encode");
		}
	}

	@Test
	void anAttachmentForAWebsiteTheFilingLacksIsRefused() {
		FilingDocument filing = filing("F-15", FilingType.FIRST_FILING, entity("某公司"),
				List.of(website("w1", "站点", "a.cn")), List.of(SampleFilings.attachment(AttachmentPurpose.SITE_PHOTO,
						AttachmentOwner.WEBSITE, "w9", new byte[] { 1 })));
		assertThatThrownBy(() -> writer.write("1", List.of(record(filing, 15)))).isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-15")
			.hasMessageContaining("website w9");
	}

	@Test
	void aFileHoldsOneOperationList() {
		FilingDocument newWebsite = filing("F-11", FilingType.NEW_WEBSITE, entity("某公司"),
				List.of(website("w1", "站点", "a.cn")), List.of());
		assertThatThrownBy(() -> writer.write("1", List.of(record(firstFiling("F-1"), 1), record(newWebsite, 2))))
			.hasMessageContaining("one operation list")
			.hasMessageContaining("F-11");
	}

	@Test
	void missingDataIsRefusedNamingTheFilingAndWhatIsMissing() {
		FilingDocument noPassword = new FilingDocument("F-12", FilingType.NEW_WEBSITE, "33", null, null, null,
				entity("某公司"), null, List.of(website("w1", "站点", "a.cn")), List.of());
		assertThatThrownBy(() -> writer.write("1", List.of(record(noPassword, 12)))).isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-12")
			.hasMessageContaining("Xzxx/ICPmm is required");
		UploadDocumentWriter noCodes = new UploadDocumentWriter(
				new CodeTables(Map.of(), null, null, null, null, null, null, null, null));
		assertThatThrownBy(() -> noCodes.write("1", List.of(record(firstFiling("F-13"), 13))))
			.isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-13")
			.hasMessageContaining("ENTERPRISE in code table entity-nature");
		FilingDocument.Entity e = entity("某公司");
		FilingDocument noRegion = filing("F-16", FilingType.FIRST_FILING, new FilingDocument.Entity(e.name(), e.nature(),
				e.investor(), null, e.address(), e.certificate(), e.responsiblePerson(), null, null),
				List.of(website("w1", "站点", "a.cn")), List.of());
		assertThatThrownBy(() -> writer.write("1", List.of(record(noRegion, 16)))).isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-16")
			.hasMessageContaining("region()");
		FilingDocument noCertificateAddress = filing("F-19", FilingType.FIRST_FILING, new FilingDocument.Entity(e.name(),
				e.nature(), e.investor(), e.region(), e.address(), new FilingDocument.Certificate(
						e.certificate().type(), e.certificate().number(), null),
				e.responsiblePerson(), null, null), List.of(website("w1", "站点", "a.cn")), List.of());
		assertThatThrownBy(() -> writer.write("1", List.of(record(noCertificateAddress, 19))))
			.isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-19")
			.hasMessageContaining("Zt_xx/Zj/Zjzs is required");
		Website w = website("w1", "站点", "a.cn");
		Website abroad = new Website("w1", w.name(), w.domains(), w.homeUrl(), w.serviceContent(), w.languages(), null,
				new Access("CLOUD", "990100", w.access().ipRanges()), w.responsiblePerson(), null, null, null);
		assertThatThrownBy(() -> writer.write("1", List.of(record(filing("F-20", FilingType.FIRST_FILING, e,
				List.of(abroad), List.of()), 20))))
			.isInstanceOf(UnwritableRecord.class)
			.hasMessageContaining("F-20")
			.hasMessageContaining("No bureau code for 990100 in code table server-location");
		assertThatThrownBy(() -> new UploadRecord(firstFiling("F-14"), 1, List.of()))
			.hasMessageContaining("F-14 has 1 websites but 0 sets of website ids");
	}

}
