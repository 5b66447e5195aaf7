package cn.beianbridge.bureau;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.EntityParticulars;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.DownloadDocument.Section;
import cn.beianbridge.bureau.DownloadDocument.WebsiteParticulars;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official {@code download-data.xsd} judges both sides over generated documents of every shape: what the writer
 * writes is valid, and what the schema accepts the reader reads, whatever the order of an {@code xs:all} and
 * whichever optional parts are left out.
 */
class DownloadDataSchemaTests {

	private static final int CASES = 300;

	/** Elements whose children form an {@code xs:all} in the schema: any order is valid. */
	private static final Set<String> ALL_GROUPS = Set.of("ICP", "Zt_xx", "Txdz", "Zj", "Fzr", "Jgxx", "Gjsh", "Ym_xx",
			"Ip_xx");

	private final DownloadDocumentWriter writer = new DownloadDocumentWriter();

	private final DownloadDocumentReader reader = new DownloadDocumentReader();

	@Test
	void everyGeneratedDocumentIsValidAndReadsBackAsWritten() {
		Random random = new Random(20261130);
		for (int i = 0; i < CASES; i++) {
			DownloadDocument document = document(random);
			byte[] bytes = writer.write(document);

			assertThat(BureauSchema.DOWNLOAD_DATA.violations(bytes)).as("case %d: %s", i, document).isEmpty();
			assertThat(reader.read(bytes)).as("case %d", i).isEqualTo(withoutParticulars(document));
		}
	}

	@Test
	void theJudgeIsStrict() {
		assertThat(BureauSchema.DOWNLOAD_DATA.violations("<DownloadData><ICP/></DownloadData>".getBytes(StandardCharsets.UTF_8)))
			.singleElement().asString().contains("version");
		String opinionInsideItsResult = "<DownloadData version=\"V.3.0\"><ICP><BAJG><Jg_xx><Jgxx><Jgdm>1002</Jgdm></Jgxx>"
				+ "<Czlx>1</Czlx><GJSHS><Gjsh><Shsj>2026-12-01</Shsj><Shjg>0</Shjg></Gjsh></GJSHS></Jg_xx></BAJG></ICP>"
				+ "</DownloadData>";
		assertThat(BureauSchema.DOWNLOAD_DATA.violations(opinionInsideItsResult.getBytes(StandardCharsets.UTF_8)))
			.isNotEmpty();
	}

	@Test
	void theReaderTakesValidDocumentsInAnyOrderTheSchemaAllows() throws Exception {
		Random random = new Random(7);
		for (int i = 0; i < CASES; i++) {
			DownloadDocument document = document(random);
			byte[] shuffled = shuffleAllGroups(writer.write(document), random);

			assertThat(BureauSchema.DOWNLOAD_DATA.violations(shuffled)).as("case %d", i).isEmpty();
			DownloadDocument read = reader.read(shuffled);
			assertThat(read.sections()).as("case %d", i)
				.containsExactlyInAnyOrderElementsOf(withoutParticulars(document).sections());
		}
	}

	@Test
	void aStatusReplyIsValidInEveryShapeAndReadsBackAsWritten() {
		List<BeianStatusReply> replies = List.of(
				new BeianStatusReply(0, "filed", new BeianStatusReply.StatusInfo(0, "example.cn", "示例网",
						"浙ICP备2026000001号", "浙ICP备2026000001号-1", true)),
				new BeianStatusReply(0, "filed", new BeianStatusReply.StatusInfo(1, "91330100716105852F", null,
						"浙ICP备2026000001号", null, true)),
				new BeianStatusReply(0, "not filed", new BeianStatusReply.StatusInfo(0, "never.cn", null, null, null,
						false)),
				new BeianStatusReply(12, "authentication refused", null),
				new BeianStatusReply(0, "x".repeat(300), null));
		for (BeianStatusReply reply : replies) {
			String xml = reply.toXml();

			assertThat(BureauSchema.QUERYBEIANSTATUS_RETURN.violations(xml.getBytes(StandardCharsets.UTF_8)))
				.as(xml).isEmpty();
			BeianStatusReply read = BeianStatusReply.parse(xml);
			assertThat(read.statusInfo()).isEqualTo(reply.statusInfo());
			assertThat(read.msgCode()).isEqualTo(reply.msgCode());
			assertThat(reply.msg()).startsWith(read.msg());
		}
	}

	private static DownloadDocument document(Random random) {
		List<Section> sections = new ArrayList<>();
		if (random.nextInt(4) > 0) {
			sections.add(results(random));
		}
		if (random.nextInt(4) > 0) {
			sections.add(filed(random));
		}
		if (random.nextInt(3) == 0) {
			sections.add(cancellations(random));
		}
		Collections.shuffle(sections, random);
		return new DownloadDocument(DownloadDocument.ICP, sections);
	}

	private static BureauResults results(Random random) {
		List<Result> results = new ArrayList<>();
		int count = random.nextInt(4);
		for (int i = 0; i < count; i++) {
			// the refusals of changes and cancellations too (BUREAU-PROTOCOL-CHANGES.md §1-2)
			List<Integer> drawn = List.of(1001, 1002, 1005, 5001, 1016, 1017, 1018, 1025, 1026, 1027, 1030, 1032, 1042,
					1043, 1047, 1048, 1049, 1050, 1058, 1059);
			int code = drawn.get(random.nextInt(drawn.size()));
			List<ResultCode> codes = new ArrayList<>(List.of(new ResultCode(code, maybe(random, "结果" + code))));
			if (random.nextBoolean()) {
				codes.add(new ResultCode(1011, maybe(random, "手机号码无效")));
			}
			int operation = 1 + random.nextInt(7);
			// Bs of a change or cancellation: the bureau id, or the ICP number the provider submitted
			String identifier = switch (random.nextInt(5)) {
				case 0 -> null;
				case 1 -> operation >= 4 ? "浙ICP备2026000" + (100 + i) + "号" + (operation == 7 ? "-1" : "")
						: String.valueOf(700 + i);
				default -> String.valueOf(700 + i);
			};
			// the reader pairs an opinion with the result its Jlid names, so here only those named by the same id
			List<ReviewOpinion> opinions = code == 1002 && String.valueOf(700 + i).equals(identifier)
					? List.of(new ReviewOpinion(maybe(random, "王珺"), "2026-12-01 10:00:00", maybe(random, "名称不符"), false,
							random.nextBoolean() ? operation : null, identifier))
					: List.of();
			results.add(new Result(codes, operation, identifier, maybe(random, "备注 <" + i + ">"), opinions));
		}
		return new BureauResults(results);
	}

	/** Entity and website cancellations: the schema allows no other {@code Zxlb}. */
	private static BureauCancellations cancellations(Random random) {
		List<BureauCancellation> cancellations = new ArrayList<>();
		for (int i = 0; i <= random.nextInt(3); i++) {
			cancellations.add(new BureauCancellation(random.nextInt(2), 880000 + random.nextInt(1000),
					maybe(random, "强制注销 <" + i + ">")));
		}
		return new BureauCancellations(cancellations);
	}

	private static FiledData filed(Random random) {
		List<FiledRecord> records = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			long ztid = 880000 + i;
			String entityNumber = "浙ICP备20260000%02d号".formatted(i);
			List<FiledWebsite> websites = new ArrayList<>();
			int sites = 1 + random.nextInt(3);
			for (int w = 0; w < sites; w++) {
				long wzid = ztid * 10 + w;
				List<FiledDomain> domains = new ArrayList<>();
				for (int d = 0; d <= random.nextInt(3); d++) {
					domains.add(new FiledDomain(wzid * 10 + d, "d%d-%d.example.cn".formatted(wzid, d),
							ourId(random, 720L + d)));
				}
				List<FiledAccess> accesses = new ArrayList<>();
				for (int a = 0; a <= random.nextInt(2); a++) {
					List<FiledIpRange> ranges = new ArrayList<>();
					for (int r = 0; r <= random.nextInt(2); r++) {
						long start = random.nextInt(3) == 0 ? 0xFFFF_FFF0L : 16843009L + r;
						ranges.add(new FiledIpRange(wzid * 100 + a * 10 + r, start, start + random.nextInt(15),
								ourId(random, 730L + r)));
					}
					accesses.add(new FiledAccess(wzid * 10 + a, 1 + random.nextInt(2), List.of(1 + random.nextInt(64)),
							List.of(1, 2), ranges, ourId(random, 710L + w)));
				}
				websites.add(new FiledWebsite(ourId(random, 710L + w), wzid, maybe(random, entityNumber + "-" + (w + 1)),
						domains, accesses, new WebsiteParticulars("网站" + w, List.of(1), "负责人")));
			}
			records.add(new FiledRecord(new FiledEntity(random.nextBoolean() ? (Long) (700L + i) : null, ztid,
					maybe(random, entityNumber), new EntityParticulars("主体" + i, 330000, 1, "91330100716105852F",
							"杭州", "a@example.cn", random.nextInt(2), "2026-11-30 10:00:00", "2026-11-30")),
					websites));
		}
		return new FiledData(records);
	}

	/** Our id, which the bureau sends back for what we filed and leaves out for the rest. */
	private static Long ourId(Random random, long id) {
		return random.nextBoolean() ? id : null;
	}

	private static String maybe(Random random, String text) {
		return random.nextInt(4) == 0 ? null : text;
	}

	/** The document as the reader sees it: particulars are written, not read; ids, domains and accesses are read. */
	private static DownloadDocument withoutParticulars(DownloadDocument document) {
		return new DownloadDocument(document.root(), document.sections().stream().map(section -> {
			if (!(section instanceof FiledData filed)) {
				return section;
			}
			return (Section) new FiledData(filed.records().stream()
				.map(record -> new FiledRecord(
						new FiledEntity(record.entity().ispZtid(), record.entity().ztid(), record.entity().icpNumber()),
						record.websites().stream()
							.map(website -> new FiledWebsite(website.ispWzid(), website.wzid(), website.icpNumber(),
									website.domains(), website.accesses()))
							.toList()))
				.toList());
		}).toList());
	}

	private static byte[] shuffleAllGroups(byte[] xml, Random random) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		shuffle(dom.getDocumentElement(), random);
		Transformer transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "GBK");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.transform(new DOMSource(dom), new StreamResult(out));
		return out.toByteArray();
	}

	private static void shuffle(Element element, Random random) {
		List<Element> children = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				children.add(e);
			}
		}
		children.forEach(child -> shuffle(child, random));
		if (ALL_GROUPS.contains(element.getTagName())) {
			Collections.shuffle(children, random);
			children.forEach(element::removeChild);
			children.forEach(element::appendChild);
		}
	}

}
