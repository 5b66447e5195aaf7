package cn.beianbridge.bureau;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import cn.beianbridge.bureau.peer.UploadDocumentReader;
import cn.beianbridge.bureau.peer.UploadedFile;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedCancel;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRecord;
import cn.beianbridge.filing.FilingType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bureau's side: every upload document valid against upload-data.xsd is read, an invalid one is refused. */
class UploadDocumentReaderTests {

	private static final Charset GBK = Charset.forName("GBK");

	/** The elements whose children upload-data.xsd declares as xs:all (any order), within XZBA, XZWZ and XZJR. */
	private static final Set<String> ALL_GROUPS = Set.of("ICP", "Zt_xx", "Txdz", "Wz_Fzr", "Ym_xx", "Ip_xx");

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	private final UploadDocumentReader reader = new UploadDocumentReader();

	@ParameterizedTest
	@EnumSource(value = FilingType.class, names = { "FIRST_FILING", "NEW_WEBSITE", "NEW_ACCESS" })
	void everyValidDocumentIsReadInAnyOrderItsAllGroupsAllow(FilingType type) throws Exception {
		for (long seed = 1; seed <= 60; seed++) {
			List<UploadRecord> records = new GeneratedFilings(seed * 17 + type.ordinal()).records(type, 4);
			byte[] written = writer.write("110000000211", records);
			byte[] shuffled = transform(written, document -> shuffleAllGroups(document.getDocumentElement(),
					new Random(records.size())));
			assertThat(BureauSchema.UPLOAD_DATA.check(shuffled)).as("seed %d: a reordering the schema allows", seed)
				.isEmpty();

			UploadedFile file = reader.read(shuffled);

			assertThat(file.operation()).isEqualTo(type.bureauOperation());
			assertThat(file.qqdwid()).isEqualTo("110000000211");
			assertThat(file.records()).as("seed %d", seed)
				.extracting(UploadedRecord::resultIdentifier)
				.containsExactlyElementsOf(expectedIdentifiers(records));
			assertThat(file).as("seed %d: order does not matter", seed).isEqualTo(reader.read(written));
		}
	}

	@Test
	void aNewWebsiteOrNewAccessNamedByTheBureausIdIsReadWithThatId() {
		byte[] newWebsite = gbk("<UploadData version=\"V.3.0\"><ICP><Qqdwid>7</Qqdwid><XZWZ><Xzxx><Zt_xx><Ztid>880001</Ztid>"
				+ "</Zt_xx>" + website() + "</Xzxx></XZWZ></ICP></UploadData>");
		byte[] newAccess = gbk("<UploadData version=\"V.3.0\"><ICP><XZJR><Xzxx><Wz_xx><Wzid>990001</Wzid></Wz_xx>"
				+ "<IspJrid>3</IspJrid><Wzfb><Fbdd>11</Fbdd></Wzfb><Wzjrfs><Jrfs>4</Jrfs></Wzjrfs><Ip_xx><Zzip>9</Zzip>"
				+ "<IspIpid>4</IspIpid><Qsip>2</Qsip></Ip_xx><ICPmm>e10adc3949ba59abbe56e057f20f883e</ICPmm></Xzxx></XZJR>"
				+ "<Qqdwid>7</Qqdwid></ICP></UploadData>");

		assertThat(reader.read(newWebsite).records()).singleElement().satisfies(record -> {
			assertThat(record.ztid()).isEqualTo(880001L);
			assertThat(record.ztbah()).isNull();
			assertThat(record.resultIdentifier()).isEqualTo("880001");
			assertThat(record.filingPasswordMd5()).as("ICPmm is optional in XZWZ").isNull();
			assertThat(record.websites()).singleElement().satisfies(w -> assertThat(w.domains()).containsExactly("a.cn"));
		});
		assertThat(reader.read(newAccess).records()).singleElement().satisfies(record -> {
			assertThat(record.wzid()).isEqualTo(990001L);
			assertThat(record.resultIdentifier()).isEqualTo("990001");
		});
	}

	@Test
	void aFileMayHoldSeveralOperationListsInAnyOrder() {
		GeneratedFilings generated = new GeneratedFilings(5);
		byte[] firstFilings = writer.write("9", generated.records(FilingType.FIRST_FILING, 3));
		byte[] newWebsites = writer.write("9", generated.records(FilingType.NEW_WEBSITE, 3));
		byte[] both = transform(newWebsites, document -> {
			Element icp = (Element) document.getElementsByTagName("ICP").item(0);
			Node xzba = document.importNode(parse(firstFilings).getElementsByTagName("XZBA").item(0), true);
			icp.insertBefore(xzba, icp.getFirstChild().getNextSibling()); // XZWZ, XZBA, Qqdwid
		});
		assertThat(BureauSchema.UPLOAD_DATA.check(both)).isEmpty();

		UploadedFile file = reader.read(both);

		assertThat(file.operation()).isEqualTo(UploadedFile.MIXED);
		assertThat(file.records()).extracting(UploadedRecord::operation).containsOnly("XZWZ", "XZBA");
		assertThat(file.records()).hasSize(reader.read(firstFilings).records().size()
				+ reader.read(newWebsites).records().size());
	}

	@Test
	void aDocumentOfAnotherVersionIsRefusedAsSuch() {
		assertThatThrownBy(() -> reader.read(gbk("<UploadData version=\"V.2.0\"><ICP><Qqdwid>1</Qqdwid></ICP></UploadData>")))
			.isInstanceOf(UploadDocumentReader.WrongVersion.class)
			.hasMessageContaining("V.2.0");
	}

	@Test
	void anInvalidDocumentIsRefusedWithTheSchemasRulesAndNoValue() {
		byte[] valid = writer.write("9", List.of(SampleFilings.record(SampleFilings.firstFiling("F-1"), 7)));
		byte[] regionAsServerLocation = transform(valid, document -> document.getElementsByTagName("Fbdd").item(0)
			.setTextContent("330100"));
		byte[] twoAttachmentsInOneFj = transform(valid, document -> {
			Node second = document.getElementsByTagName("Fj").item(1);
			document.getElementsByTagName("Fj").item(0).appendChild(second.getFirstChild());
			second.getParentNode().removeChild(second);
		});
		byte[] noVersion = transform(valid, document -> document.getDocumentElement().removeAttribute("version"));

		assertThatThrownBy(() -> reader.read(regionAsServerLocation)).isInstanceOf(UnreadableDocument.class)
			.isNotInstanceOf(UploadDocumentReader.WrongVersion.class)
			.hasMessageContaining("fails upload-data.xsd")
			.hasMessageContaining("Baxx/Wz_xx/Jr_xx/Wzfb/Fbdd: value breaks maxInclusive 64")
			.hasMessageNotContaining("330100");
		assertThatThrownBy(() -> reader.read(twoAttachmentsInOneFj)).hasMessageContaining("Baxx/Fj/Fjxx[2]")
			.hasMessageContaining("No child element is expected");
		assertThatThrownBy(() -> reader.read(noVersion)).isNotInstanceOf(UploadDocumentReader.WrongVersion.class)
			.hasMessageContaining("Attribute 'version' must appear");
		assertThatThrownBy(() -> reader.read(gbk("<UploadData version=\"V.3.0\"><ICP><Qqdwid>beianbridge</Qqdwid>"
				+ "</ICP></UploadData>"))).hasMessageContaining("Qqdwid: value is not a valid integer");
	}

	@Test
	void aValidDocumentOfAnOperationTheSimulatorDoesNotFileIsRefusedNamingIt() {
		byte[] verification = gbk("<UploadData version=\"V.3.0\"><ICP><XZHYD><Fjxx><Fjwjgs>1</Fjwjgs><Fjyt>1</Fjyt>"
				+ "<Fjnr>AQID</Fjnr><Fjssdx><Ssdxlx>1</Ssdxlx><Ssdxbs><Jlid>5</Jlid></Ssdxbs></Fjssdx></Fjxx></XZHYD>"
				+ "<Qqdwid>1</Qqdwid></ICP></UploadData>");
		assertThat(BureauSchema.UPLOAD_DATA.check(verification)).isEmpty();
		assertThatThrownBy(() -> reader.read(verification)).hasMessageContaining("<ICP> holds [XZHYD]");
	}

	@Test
	void aCancellationWrittenElsewhereIsReadWithItsOptionalPartsAbsent() {
		byte[] cancel = gbk("<UploadData version=\"V.3.0\"><ICP><ZXBA><Zx_xx><Zxlb>1</Zxlb><Jlid>5</Jlid><Zxly>3</Zxly>"
				+ "</Zx_xx><Zx_xx><Zxlb>0</Zxlb><Jlid>6</Jlid><Zxly>999</Zxly><Zxlybz> 不再运营 </Zxlybz>"
				+ "<ICPmm>e10adc3949ba59abbe56e057f20f883e</ICPmm></Zx_xx></ZXBA><Qqdwid>1</Qqdwid></ICP></UploadData>");
		UploadedFile file = reader.read(cancel);
		assertThat(file.operation()).isEqualTo("ZXBA");
		assertThat(file.records()).isEmpty();
		assertThat(file.cancels()).containsExactly(new UploadedCancel(1, 5, 3, null, null),
				new UploadedCancel(0, 6, 999, " 不再运营 ", "e10adc3949ba59abbe56e057f20f883e"));
		assertThat(file.cancels()).extracting(UploadedCancel::czlx).containsExactly(7, 6);
	}

	private static String website() {
		return "<Wz_xx><IspWzid>5</IspWzid><Wzmc>商城</Wzmc><Fwnr><Fwnr_id>1</Fwnr_id></Fwnr><Yylb><Yylb_id>1</Yylb_id></Yylb>"
				+ "<Ym_xx><Ym>a.cn</Ym><IspYmid>6</IspYmid></Ym_xx><Jr_xx><IspJrid>5</IspJrid><Wzfb><Fbdd>11</Fbdd></Wzfb>"
				+ "<Wzjrfs><Jrfs>4</Jrfs></Wzjrfs><Ip_xx><IspIpid>7</IspIpid><Qsip>1</Qsip><Zzip>2</Zzip></Ip_xx></Jr_xx>"
				+ "<Wz_Fzr><Fzr_dzyj>a@b.cn</Fzr_dzyj><Fzr_xm>宋</Fzr_xm><Fzr_sjhm>13812345678</Fzr_sjhm></Wz_Fzr></Wz_xx>";
	}

	/** What the bureau will name each record by: our entity id, else the ICP number or bureau id sent. */
	private static List<String> expectedIdentifiers(List<UploadRecord> records) {
		List<String> identifiers = new ArrayList<>();
		for (UploadRecord record : records) {
			switch (record.operation()) {
				case FIRST_FILING -> identifiers.add(Long.toString(record.ispZtid()));
				case NEW_WEBSITE -> identifiers.add(record.filing().entity().icpNumber() != null
						? record.filing().entity().icpNumber() : record.filing().entity().bureauEntityId().toString());
				case NEW_ACCESS -> record.filing().websites().forEach(website -> identifiers.add(
						website.icpNumber() != null ? website.icpNumber() : website.bureauWebsiteId().toString()));
			}
		}
		return identifiers;
	}

	private static void shuffleAllGroups(Element element, Random random) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				children.add(e);
			}
		}
		children.forEach(child -> shuffleAllGroups(child, random));
		if (ALL_GROUPS.contains(element.getTagName())) {
			Collections.shuffle(children, random);
			children.forEach(element::appendChild); // re-appending moves each to the end, in the new order
		}
	}

	private static byte[] transform(byte[] xml, Consumer<Document> change) {
		try {
			Document document = parse(xml);
			change.accept(document);
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "GBK");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Document parse(byte[] xml) {
		try {
			return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gbk(String xml) {
		return xml.getBytes(GBK);
	}

}
