package cn.beianbridge.bureau.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.bureau.SchemaViolation;
import cn.beianbridge.bureau.UnreadableDocument;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.internal.DocumentBytes;
import cn.beianbridge.bureau.internal.XmlElement;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedAttachment;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedCancel;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChange;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChangedWebsite;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedDomain;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedNewAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRange;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRecord;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedWebsite;

/**
 * Reads an upload document (after {@link PayloadCodec#unpack}) as a bureau would: the simulator's side of
 * {@link UploadDocumentWriter}. The ministry's upload-data.xsd judges it first; then only what deciding and
 * answering need is read, by name, so any order an {@code xs:all} allows and either side of a choice is taken.
 */
public final class UploadDocumentReader {

	/** The Base64 of attachments and approval scans: checked by the schema, not kept (nothing here reads them). */
	private static final Set<String> ATTACHMENT_CONTENTS = Set.of("Fjnr", "Spwj");

	private static final Set<String> OPERATIONS = Set.of("XZBA", "XZWZ", "XZJR", "BGBA", "ZXBA");

	/**
	 * @throws WrongVersion when the document is an {@code <UploadData>} of another version than V.3.0
	 * @throws UnreadableDocument when it fails the schema (the message quotes the first violation, never a value), or holds
	 * operations other than XZBA, XZWZ, XZJR, BGBA and ZXBA, which the simulator does not file
	 */
	public UploadedFile read(byte[] document) {
		// read twice as decoded, never held as text: a 50 MB file would be twice that as a string, its scans again in a tree
		XmlElement root = XmlElement.parse(DocumentBytes.reader(document), ATTACHMENT_CONTENTS);
		if (!"UploadData".equals(root.name())) {
			throw new UnreadableDocument("Expected an <UploadData> document, found <%s>".formatted(root.name()));
		}
		String version = root.attributes().get("version");
		if (version != null && !UploadDocumentWriter.VERSION.equals(version)) {
			throw new WrongVersion("UploadData version '%s' is not %s".formatted(version, UploadDocumentWriter.VERSION));
		}
		// judged as decoded: a document without a declaration is GBK here, as everywhere in this interface
		List<SchemaViolation> violations = BureauSchema.UPLOAD_DATA.check(DocumentBytes.reader(document));
		if (!violations.isEmpty()) {
			// the first says what to fix; a result's text (Dmms) holds 255 characters
			throw new UnreadableDocument("The document fails %s: %s%s".formatted(BureauSchema.UPLOAD_DATA.file(),
					violations.get(0), violations.size() == 1 ? "" : " (and %d more)".formatted(violations.size() - 1)));
		}
		XmlElement icp = root.requiredChild("ICP");
		List<XmlElement> lists = icp.children().stream().filter(child -> !child.name().equals("Qqdwid")).toList();
		List<String> others = lists.stream().map(XmlElement::name).filter(name -> !OPERATIONS.contains(name)).toList();
		if (!others.isEmpty()) {
			throw new UnreadableDocument("<ICP> holds %s; this bureau files %s only".formatted(others, OPERATIONS));
		}
		List<UploadedRecord> records = new ArrayList<>();
		List<UploadedChange> changes = new ArrayList<>();
		List<UploadedCancel> cancels = new ArrayList<>();
		for (XmlElement list : lists) {
			switch (list.name()) {
				case "BGBA" -> list.children("Bgxx").forEach(change -> changes.add(change(change)));
				case "ZXBA" -> list.children("Zx_xx").forEach(cancel -> cancels.add(cancel(cancel)));
				default -> {
					String recordName = list.name().equals("XZBA") ? "Baxx" : "Xzxx";
					list.children(recordName).forEach(record -> records.add(record(list.name(), record)));
				}
			}
		}
		String operation = lists.size() == 1 ? lists.get(0).name() : UploadedFile.MIXED;
		return new UploadedFile(operation, icp.requiredText("Qqdwid"), records, changes, cancels);
	}

	private static UploadedChange change(XmlElement change) {
		XmlElement zt = change.requiredChild("Zt_xx");
		List<UploadedChangedWebsite> websites = change.children("Wz_xx")
			.stream()
			.map(wz -> new UploadedChangedWebsite(wz.requiredLong("Wzid"), wz.requiredText("Baxh"), wz.requiredText("Wzmc"),
					wz.children("Ym_xx")
						.stream()
						.map(ym -> new UploadedDomain(ym.requiredLong("IspYmid"), ym.optionalLong("Ymid"), ym.requiredText("Ym")))
						.toList(),
					wz.children("Jr_xx").stream().map(UploadDocumentReader::access).toList()))
			.toList();
		List<UploadedAttachment> attachments = change.children("Fj").stream().map(fj -> {
			XmlElement owner = fj.requiredChild("Fjxx").requiredChild("Fjssdx");
			XmlElement named = owner.requiredChild("Ssdxbs");
			return new UploadedAttachment((int) owner.requiredLong("Ssdxlx"), named.optionalLong("Jlid"), named.text("Baxh"));
		}).toList();
		return new UploadedChange(zt.requiredLong("Ztid"), zt.requiredText("Baxh"), zt.requiredText("Dwmc"), websites,
				attachments, change.text("ICPmm"));
	}

	private static UploadedAccess access(XmlElement jr) {
		return new UploadedAccess(jr.requiredLong("Jrid"), jr.children("Ip_xx")
			.stream()
			.map(ip -> new UploadedRange(ip.requiredLong("IspIpid"), ip.optionalLong("Ipid"), ip.requiredLong("Qsip"),
					ip.requiredLong("Zzip")))
			.toList());
	}

	private static UploadedCancel cancel(XmlElement cancel) {
		return new UploadedCancel((int) cancel.requiredLong("Zxlb"), cancel.requiredLong("Jlid"),
				(int) cancel.requiredLong("Zxly"), untrimmed(cancel.child("Zxlybz")), cancel.text("ICPmm"));
	}

	/** A remark as written: its spaces are the customer's. */
	private static String untrimmed(XmlElement element) {
		return element == null ? null : element.text();
	}

	private UploadedRecord record(String operation, XmlElement record) {
		int attachments = record.children("Fj").size(); // one Fjxx each
		List<UploadedWebsite> websites = record.children("Wz_xx")
			.stream()
			.filter(wz -> wz.child("IspWzid") != null) // XZJR's Wz_xx only names a filed website
			.map(wz -> new UploadedWebsite(wz.requiredLong("IspWzid"), wz.requiredText("Wzmc"),
					wz.children("Ym_xx").stream().map(ym -> ym.requiredText("Ym")).toList(),
					wz.children("Ym_xx").stream().map(ym -> ym.requiredLong("IspYmid")).toList(),
					wz.children("Jr_xx").stream().findFirst().map(UploadDocumentReader::newAccess).orElse(null)))
			.toList();
		return switch (operation) {
			case "XZBA" -> {
				XmlElement zt = record.requiredChild("Zt_xx");
				XmlElement certificate = zt.child("Zj");
				yield new UploadedRecord(operation, zt.requiredLong("IspZtid"), zt.requiredText("Dwmc"), null, null,
						websites, null, null, null, attachments, certificate == null ? null : certificate.text("Zjhm"), null);
			}
			case "XZWZ" -> {
				XmlElement zt = record.requiredChild("Zt_xx");
				yield new UploadedRecord(operation, null, null, zt.optionalLong("Ztid"), zt.text("Ztbah"), websites, null,
						null, record.text("ICPmm"), attachments, null, null);
			}
			default -> {
				XmlElement wz = record.requiredChild("Wz_xx");
				yield new UploadedRecord(operation, null, null, null, null, websites, wz.optionalLong("Wzid"),
						wz.text("Wzbah"), record.requiredText("ICPmm"), attachments, null, newAccess(record));
			}
		};
	}

	/** An access being filed: a {@code Jr_xx}, or an XZJR record holding the access's elements itself. */
	private static UploadedNewAccess newAccess(XmlElement access) {
		return new UploadedNewAccess(access.requiredLong("IspJrid"), access.children("Ip_xx")
			.stream()
			.map(ip -> new UploadedRange(ip.requiredLong("IspIpid"), null, ip.requiredLong("Qsip"), ip.requiredLong("Zzip")))
			.toList());
	}

	/** An {@code UploadData} of another version than this interface's (a bureau answers 5004). */
	public static final class WrongVersion extends UnreadableDocument {

		public WrongVersion(String message) {
			super(message);
		}

	}

}
