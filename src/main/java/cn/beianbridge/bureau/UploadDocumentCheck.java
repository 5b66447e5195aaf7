package cn.beianbridge.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Reason;

/**
 * The ministry's upload-data.xsd on an upload document before it is sent: which filings' records break it, and how,
 * so those are held and the file is built from the rest. A bureau refuses a whole file that breaks the schema (5001).
 */
public final class UploadDocumentCheck {

	/** The reason code of a filing held because its record breaks the schema. */
	public static final String REASON_CODE = "UPLOAD_SCHEMA";

	/** Depth of the record elements: UploadData/ICP/XZBA/Baxx, .../XZWZ/Xzxx, .../XZJR/Xzxx, .../BGBA/Bgxx, .../ZXBA/Zx_xx. */
	private static final int RECORD_DEPTH = 3;

	private static final Set<String> RECORD_ELEMENTS = Set.of("Baxx", "Xzxx", "Bgxx", "Zx_xx");

	/** A reason names at most this many violations of one filing (the first say what to fix). */
	private static final int NAMED_VIOLATIONS = 5;

	private UploadDocumentCheck() {
	}

	/**
	 * @param records the records the document was written from, in order
	 * @return by index into {@code records}, why each filing whose record(s) break the schema is to be held: the
	 * rules broken, by element, never a value; empty when the document is valid
	 * @throws InvalidUploadFile when the document breaks the schema outside any record (its envelope: a bug, never a
	 * filing's data), so nothing is sent
	 */
	public static Map<Integer, Reason> breakingRecords(byte[] document, List<? extends UploadItem> records) {
		return breakingRecords(BureauSchema.UPLOAD_DATA.check(document), records);
	}

	/** As {@link #breakingRecords(byte[], List)}, the document read as a stream (from its packed payload). */
	public static Map<Integer, Reason> breakingRecords(InputStream document, List<? extends UploadItem> records) {
		try (InputStream in = document) {
			return breakingRecords(BureauSchema.UPLOAD_DATA.check(in), records);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<Integer, Reason> breakingRecords(List<SchemaViolation> found,
			List<? extends UploadItem> records) {
		Map<Integer, List<String>> byRecord = new TreeMap<>();
		List<SchemaViolation> outside = new ArrayList<>();
		for (SchemaViolation violation : found) {
			int position = RECORD_ELEMENTS.contains(violation.element(RECORD_DEPTH)) ? violation.position(RECORD_DEPTH) : 0;
			int first = 1; // record elements are numbered through the file; a new access has one per website
			int index = 0;
			while (index < records.size() && position >= first + records.get(index).bureauRecords()) {
				first += records.get(index).bureauRecords();
				index++;
			}
			if (position < 1 || index == records.size()) {
				outside.add(violation);
				continue;
			}
			String where = violation.describe(RECORD_DEPTH + 1);
			byRecord.computeIfAbsent(index, i -> new ArrayList<>())
				.add(records.get(index) instanceof UploadRecord record && record.operation() == FilingType.NEW_ACCESS
						? "website " + record.filing().websites().get(position - first).consoleWebsiteId() + ": " + where
						: where);
		}
		if (!outside.isEmpty()) {
			throw new InvalidUploadFile(outside);
		}
		Map<Integer, Reason> reasons = new TreeMap<>();
		byRecord.forEach((index, violations) -> reasons.put(index, reason(violations)));
		return reasons;
	}

	private static Reason reason(List<String> violations) {
		String more = violations.size() > NAMED_VIOLATIONS
				? " (and %d more)".formatted(violations.size() - NAMED_VIOLATIONS) : "";
		return Reason.of(REASON_CODE, null, "The bureau's schema (%s) refuses this filing's data: %s%s".formatted(
				BureauSchema.UPLOAD_DATA.file(),
				String.join("; ", violations.subList(0, Math.min(NAMED_VIOLATIONS, violations.size()))), more));
	}

	/** An upload document that breaks the schema outside every record: not to be sent. */
	public static final class InvalidUploadFile extends IllegalStateException {

		public InvalidUploadFile(List<SchemaViolation> violations) {
			super("An upload file breaks %s outside its records, so it is not sent: %s"
				.formatted(BureauSchema.UPLOAD_DATA.file(), violations));
		}

	}

}
