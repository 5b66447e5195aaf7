package cn.beianbridge.bureau;

import java.util.List;
import java.util.Set;

import cn.beianbridge.bureau.UploadedFile.UploadedRecord;
import cn.beianbridge.bureau.UploadedFile.UploadedWebsite;
import cn.beianbridge.bureau.internal.DocumentBytes;
import cn.beianbridge.bureau.internal.XmlElement;

/**
 * Reads an upload document (after {@link PayloadCodec#unpack}) as a bureau would: the simulator's side of
 * {@link UploadDocumentWriter}. Only what deciding and answering need is read; the rest is checked for
 * well-formedness only.
 */
public final class UploadDocumentReader {

	private static final Set<String> OPERATIONS = Set.of("XZBA", "XZWZ", "XZJR");

	/**
	 * @throws UnreadableDocument when the document is not an {@code <UploadData version="V.3.0">} with exactly one
	 * known operation list, or a record lacks an id the answer needs
	 */
	public UploadedFile read(byte[] document) {
		XmlElement root = XmlElement.parse(DocumentBytes.decode(document));
		if (!"UploadData".equals(root.name())) {
			throw new UnreadableDocument("Expected an <UploadData> document, found <%s>".formatted(root.name()));
		}
		if (!UploadDocumentWriter.VERSION.equals(root.attributes().get("version"))) {
			throw new UnreadableDocument("UploadData version '%s' is not %s".formatted(root.attributes().get("version"),
					UploadDocumentWriter.VERSION));
		}
		XmlElement icp = root.requiredChild("ICP");
		List<XmlElement> lists = icp.children().stream().filter(child -> !child.name().equals("Qqdwid")).toList();
		if (lists.size() != 1 || !OPERATIONS.contains(lists.get(0).name())) {
			throw new UnreadableDocument("<ICP> must hold exactly one of %s, found %s".formatted(OPERATIONS,
					lists.stream().map(XmlElement::name).toList()));
		}
		XmlElement list = lists.get(0);
		String recordName = list.name().equals("XZBA") ? "Baxx" : "Xzxx";
		List<UploadedRecord> records = list.children(recordName).stream().map(r -> record(list.name(), r)).toList();
		if (records.isEmpty()) {
			throw new UnreadableDocument("<%s> holds no <%s>".formatted(list.name(), recordName));
		}
		return new UploadedFile(list.name(), icp.requiredText("Qqdwid"), records);
	}

	private UploadedRecord record(String operation, XmlElement record) {
		XmlElement fj = record.child("Fj");
		int attachments = fj == null ? 0 : fj.children("Fjxx").size();
		List<UploadedWebsite> websites = record.children("Wz_xx")
			.stream()
			.map(wz -> new UploadedWebsite(wz.requiredLong("IspWzid"), wz.requiredText("Wzmc"),
					wz.children("Ym_xx").stream().map(ym -> ym.requiredText("Ym")).toList()))
			.toList();
		return switch (operation) {
			case "XZBA" -> {
				XmlElement zt = record.requiredChild("Zt_xx");
				yield new UploadedRecord(operation, zt.requiredLong("IspZtid"), zt.requiredText("Dwmc"), null, null,
						websites, null, null, null, attachments);
			}
			case "XZWZ" -> {
				XmlElement zt = record.requiredChild("Zt_xx");
				yield new UploadedRecord(operation, null, null, zt.requiredLong("Ztid"), zt.requiredText("Ztbah"), websites,
						null, null, record.requiredText("ICPmm"), attachments);
			}
			default -> new UploadedRecord(operation, null, null, null, null, websites, record.requiredLong("Wzid"),
					record.requiredText("Wzbah"), record.requiredText("ICPmm"), attachments);
		};
	}

}
