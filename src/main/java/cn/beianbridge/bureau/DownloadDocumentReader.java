package cn.beianbridge.bureau;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherSection;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.DownloadDocument.Section;
import cn.beianbridge.bureau.internal.DocumentBytes;
import cn.beianbridge.bureau.internal.XmlElement;

/**
 * Reads a download file (after {@link PayloadCodec#unpack}). It takes every document {@code download-data.xsd}
 * accepts (any number of sections in any order, elements of an {@code xs:all} in any order, optional parts left
 * out) and reads only what the flow uses: ids, ICP numbers, result codes and opinions; of filed data, the ids of
 * each website's domains, accesses and IP ranges (what change and cancel name them by), with the domain, the provider
 * and the addresses they are matched by. A result or record it cannot
 * read is left out with the reason ({@link BureauResults#unreadable()}), so it does not take the rest with it.
 * <p>
 * <b>Opinions.</b> The schema puts {@code GJSHS} beside the {@code Jg_xx} results, not inside them. An opinion goes to
 * the only result of its file; else to the result whose {@code Bs} equals its {@code Jlid} (and whose {@code Czlx}
 * it names, if it names one); else a rejecting opinion goes to the only rejected result of the file, if there is
 * exactly one. The rest are kept apart.
 * An opinion inside a {@code Jg_xx} (seen in drafts of the interface) belongs to that result.
 * <p>
 * <b>Lengths.</b> A text longer than the bridge keeps (an identifier 128, an ICP number 64, an opinion or a code's
 * text 2000 characters) makes its result or record unreadable: it is quarantined, never a failed insert.
 */
public final class DownloadDocumentReader {

	private static final int REJECTED = 1002;

	/** The columns the texts go to: result_quarantine.identifier, filing.approved_entity_icp, filing_reason.text. */
	static final int MAX_IDENTIFIER = 128;

	static final int MAX_ICP_NUMBER = 64;

	static final int MAX_TEXT = 2000;

	/** website_domain.domain */
	static final int MAX_DOMAIN = 253;

	private static final long MAX_ADDRESS = 0xFFFF_FFFFL;

	/** @param document the unzipped bytes, GBK unless the XML declaration names another encoding */
	public DownloadDocument read(byte[] document) {
		return read(DocumentBytes.decode(document));
	}

	/**
	 * @throws UnreadableDocument for anything that is not a well-formed {@code <DownloadData>} document with one
	 * child
	 */
	public DownloadDocument read(String xml) {
		XmlElement root = XmlElement.parse(xml);
		if (!"DownloadData".equals(root.name())) {
			throw new UnreadableDocument("Expected a <DownloadData> document, found <%s>".formatted(root.name()));
		}
		if (root.children().size() != 1) {
			throw new UnreadableDocument("<DownloadData> must hold exactly one of ICP, IP, YM, JCDM, SJTB; it holds %s"
				.formatted(root.children().stream().map(XmlElement::name).toList()));
		}
		XmlElement content = root.children().get(0);
		if (!DownloadDocument.ICP.equals(content.name())) {
			return new DownloadDocument(content.name(), List.of());
		}
		return new DownloadDocument(DownloadDocument.ICP, content.children().stream().map(this::section).toList());
	}

	private Section section(XmlElement section) {
		return switch (section.name()) {
			case DownloadDocument.BAJG -> results(section);
			case DownloadDocument.BASJ -> filed(section);
			case DownloadDocument.ZXSJ -> cancellations(section);
			default -> new OtherSection(section.name());
		};
	}

	private BureauResults results(XmlElement bajg) {
		List<String> unreadable = new ArrayList<>();
		List<XmlElement> items = bajg.children("Jg_xx");
		List<Result> results = readEach(items, "Jg_xx", this::result, unreadable);
		List<ReviewOpinion> shared = new ArrayList<>();
		for (XmlElement reviews : bajg.children("GJSHS")) {
			shared.addAll(readEach(reviews.children("Gjsh"), "GJSHS/Gjsh", this::opinion, unreadable));
		}
		return assign(results, shared, unreadable);
	}

	private BureauResults assign(List<Result> results, List<ReviewOpinion> shared, List<String> unreadable) {
		List<List<ReviewOpinion>> opinions = new ArrayList<>();
		results.forEach(result -> opinions.add(new ArrayList<>(result.opinions())));
		List<ReviewOpinion> unassigned = new ArrayList<>();
		for (ReviewOpinion opinion : shared) {
			int owner = results.size() == 1 ? 0 : ownerByRecordId(results, opinion);
			if (owner >= 0) {
				opinions.get(owner).add(opinion);
			}
			else {
				unassigned.add(opinion);
			}
		}
		int onlyRejected = onlyIndex(results, result -> result.code() == REJECTED);
		if (onlyRejected >= 0) {
			unassigned.stream().filter(opinion -> !opinion.approved()).forEach(opinions.get(onlyRejected)::add);
			unassigned.removeIf(opinion -> !opinion.approved());
		}
		List<Result> assigned = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			Result result = results.get(i);
			assigned.add(new Result(result.codes(), result.operation(), result.identifier(), result.remarks(),
					opinions.get(i)));
		}
		return new BureauResults(assigned, unassigned, unreadable);
	}

	private static int ownerByRecordId(List<Result> results, ReviewOpinion opinion) {
		if (opinion.recordId() == null) {
			return -1;
		}
		return onlyIndex(results, result -> opinion.recordId().equals(result.identifier())
				&& (opinion.operation() == null || opinion.operation() == result.operation()));
	}

	private static int onlyIndex(List<Result> results, Predicate<Result> test) {
		int found = -1;
		for (int i = 0; i < results.size(); i++) {
			if (test.test(results.get(i))) {
				if (found >= 0) {
					return -1;
				}
				found = i;
			}
		}
		return found;
	}

	private Result result(XmlElement jg) {
		List<ResultCode> codes = jg.children("Jgxx")
			.stream()
			.map(code -> new ResultCode((int) code.requiredLong("Jgdm"), kept(code, "Dmms", MAX_TEXT)))
			.toList();
		if (codes.isEmpty()) {
			throw new UnreadableDocument("<Jg_xx> lacks <Jgxx>");
		}
		List<ReviewOpinion> own = jg.children("GJSHS").stream()
			.flatMap(reviews -> reviews.children("Gjsh").stream())
			.map(this::opinion)
			.toList();
		return new Result(codes, (int) jg.requiredLong("Czlx"), kept(jg, "Bs", MAX_IDENTIFIER), blankToNull(jg.text("Bz")),
				own);
	}

	private ReviewOpinion opinion(XmlElement gjsh) {
		String decision = gjsh.requiredText("Shjg");
		if (!decision.equals("0") && !decision.equals("1")) {
			throw new UnreadableDocument("<Gjsh>/<Shjg> must be 0 or 1, not '%s'".formatted(decision));
		}
		Long operation = gjsh.optionalLong("Czlx");
		return new ReviewOpinion(blankToNull(gjsh.text("Shrxm")), blankToNull(gjsh.text("Shsj")),
				kept(gjsh, "Shyj", MAX_TEXT), decision.equals("1"), operation == null ? null : operation.intValue(),
				blankToNull(gjsh.text("Jlid")));
	}

	private FiledData filed(XmlElement basj) {
		List<String> unreadable = new ArrayList<>();
		List<FiledRecord> records = readEach(basj.children("Baxx"), "Baxx", this::filedRecord, unreadable);
		return new FiledData(records, unreadable);
	}

	private FiledRecord filedRecord(XmlElement baxx) {
		XmlElement zt = baxx.requiredChild("Zt_xx");
		FiledEntity entity = new FiledEntity(zt.optionalLong("IspZtid"), zt.requiredLong("Ztid"),
				kept(zt, "Baxh", MAX_ICP_NUMBER));
		List<FiledWebsite> websites = baxx.children("Wz_xx").stream().map(this::filedWebsite).toList();
		return new FiledRecord(entity, websites);
	}

	private FiledWebsite filedWebsite(XmlElement wz) {
		List<FiledDomain> domains = wz.children("Ym_xx")
			.stream()
			.map(ym -> new FiledDomain(bureauId(ym, "Ymid"), domain(ym), ispId(ym, "IspYmid")))
			.toList();
		List<FiledAccess> accesses = wz.children("Jr_xx").stream().map(this::filedAccess).toList();
		return new FiledWebsite(ispId(wz, "IspWzid"), bureauId(wz, "Wzid"), kept(wz, "Baxh", MAX_ICP_NUMBER), domains,
				accesses);
	}

	private FiledAccess filedAccess(XmlElement jr) {
		List<FiledIpRange> ranges = jr.children("Ip_xx")
			.stream()
			.map(ip -> new FiledIpRange(bureauId(ip, "Ipid"), address(ip, "Qsip"), address(ip, "Zzip"),
					ispId(ip, "IspIpid")))
			.toList();
		return new FiledAccess(bureauId(jr, "Jrid"), bureauId(jr, "Ispid"), codes(jr, "Wzfb", "Fbdd"),
				codes(jr, "Wzjrfs", "Jrfs"), ranges, ispId(jr, "IspJrid"));
	}

	private static String domain(XmlElement ym) {
		String domain = kept(ym, "Ym", MAX_DOMAIN);
		if (domain == null) {
			throw new UnreadableDocument("<Ym_xx> lacks <Ym>");
		}
		return domain;
	}

	/** A bureau id: required, at least 1 as the schema says (an id of 0 would match nothing we keep). */
	private static long bureauId(XmlElement parent, String name) {
		long id = parent.requiredLong(name);
		if (id < 1) {
			throw new UnreadableDocument("<%s>/<%s> must be at least 1, not %d".formatted(parent.name(), name, id));
		}
		return id;
	}

	private static Long ispId(XmlElement parent, String name) {
		Long id = parent.optionalLong(name);
		if (id != null && id < 1) {
			throw new UnreadableDocument("<%s>/<%s> must be at least 1, not %d".formatted(parent.name(), name, id));
		}
		return id;
	}

	private static long address(XmlElement ip, String name) {
		long address = ip.requiredLong(name);
		if (address < 0 || address > MAX_ADDRESS) {
			throw new UnreadableDocument("<Ip_xx>/<%s> must be an IPv4 address from 0 to %d, not %d".formatted(name,
					MAX_ADDRESS, address));
		}
		return address;
	}

	private static List<Integer> codes(XmlElement access, String list, String code) {
		XmlElement codes = access.child(list);
		if (codes == null) {
			throw new UnreadableDocument("<%s> lacks <%s>".formatted(access.name(), list));
		}
		return codes.children(code).stream().map(element -> {
			try {
				return Integer.valueOf(element.text().trim());
			}
			catch (NumberFormatException ex) {
				throw new UnreadableDocument("<%s>/<%s> is not a number: '%s'".formatted(list, code, element.text()));
			}
		}).toList();
	}

	private BureauCancellations cancellations(XmlElement zxsj) {
		List<String> unreadable = new ArrayList<>();
		List<BureauCancellation> cancellations = readEach(zxsj.children("Zxxx"), "Zxxx", this::cancellation,
				unreadable);
		return new BureauCancellations(cancellations, unreadable);
	}

	private BureauCancellation cancellation(XmlElement zxxx) {
		long kind = zxxx.requiredLong("Zxlb");
		if (kind < BureauCancellation.ENTITY || kind > BureauCancellation.ACCESS) {
			throw new UnreadableDocument("<Zxxx>/<Zxlb> must be 0 (entity), 1 (website) or 2 (access), not %d"
				.formatted(kind));
		}
		long recordId = zxxx.requiredLong("Jlid");
		if (recordId < 1) {
			throw new UnreadableDocument("<Zxxx>/<Jlid> must be a bureau id of at least 1, not %d".formatted(recordId));
		}
		return new BureauCancellation((int) kind, recordId, kept(zxxx, "Bz", MAX_TEXT));
	}

	/** Reads each element; one that cannot be read is named (by position and reason) instead of failing the rest. */
	private static <T> List<T> readEach(List<XmlElement> elements, String name, Function<XmlElement, T> read,
			List<String> unreadable) {
		List<T> found = new ArrayList<>();
		for (int i = 0; i < elements.size(); i++) {
			try {
				found.add(Objects.requireNonNull(read.apply(elements.get(i))));
			}
			catch (UnreadableDocument ex) {
				unreadable.add("<%s> #%d: %s".formatted(name, i + 1, ex.getMessage()));
			}
		}
		return found;
	}

	/** The child's text, if it fits where the bridge keeps it (its length is named, never its value). */
	private static String kept(XmlElement parent, String name, int maxLength) {
		String text = blankToNull(parent.text(name));
		if (text != null && text.length() > maxLength) {
			throw new UnreadableDocument("<%s>/<%s> is %d characters, longer than the %d the bridge keeps"
				.formatted(parent.name(), name, text.length(), maxLength));
		}
		return text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
