package cn.beianbridge.bureau;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beianbridge.bureau.UploadPlan.SetAside;
import cn.beianbridge.bureau.UploadPlan.UploadFile;
import cn.beianbridge.bureau.internal.DeflatedSize;
import cn.beianbridge.bureau.internal.SingleEntryZip;
import cn.beianbridge.bureau.internal.UnwritableRecord;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Reason;

/**
 * Packs filings, already in upload order (earliest deadline first), into as few upload files as the limits
 * allow. A file holds one operation, so records are grouped by operation; within an operation the order is
 * kept, and files are ordered by their first record. Each record is measured alone first (its quickly
 * estimated zip size is a safe share of a file's), and each file is checked again after packing, so no file
 * exceeds the limits. Every file is validated against upload-data.xsd before it is packed: a filing whose record
 * breaks the schema is set aside with the schema's rules and the file is built from the rest, so no file the
 * bureau would refuse whole (5001) is ever handed out.
 */
public final class UploadFileSplitter {

	private final UploadDocumentWriter writer;

	private final PayloadCodec codec;

	private final UploadLimits limits;

	private final Clock clock;

	/**
	 * @param codec the province's codec (it holds the AES key when the bureau encrypts)
	 * @param clock dates the file names; give it Asia/Shanghai so names read as the bureau's local time
	 */
	public UploadFileSplitter(UploadDocumentWriter writer, PayloadCodec codec, UploadLimits limits, Clock clock) {
		this.writer = writer;
		this.codec = codec;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * @param provinceCode the two-digit code the file names start with
	 * @param qqdwid the provider's id at this bureau
	 * @param records in upload order; none is dropped: each ends in a file or in {@link UploadPlan#setAside()}
	 */
	public UploadPlan split(String provinceCode, String qqdwid, List<? extends UploadItem> records) {
		LocalDateTime now = LocalDateTime.now(clock);
		List<SetAside> setAside = new ArrayList<>();
		Map<FilingType, Deque<Measured>> byOperation = new LinkedHashMap<>();
		for (int position = 0; position < records.size(); position++) {
			UploadItem record = records.get(position);
			Measured measured = measure(position, record, provinceCode, qqdwid, now, setAside);
			if (measured != null) {
				byOperation.computeIfAbsent(record.operation(), operation -> new ArrayDeque<>()).add(measured);
			}
		}
		List<UploadFile> files = new ArrayList<>();
		// Always continuing the operation whose next record comes first keeps the files in upload order.
		for (Deque<Measured> pending = earliest(byOperation); pending != null; pending = earliest(byOperation)) {
			UploadFile file = pack(pending, qqdwid, FileNames.forUpload(provinceCode, now, files.size() + 1), setAside);
			if (file != null) {
				files.add(file);
			}
		}
		return new UploadPlan(files, setAside);
	}

	private Measured measure(int position, UploadItem record, String provinceCode, String qqdwid, LocalDateTime now,
			List<SetAside> setAside) {
		if (record.bureauRecords() > limits.maxRecords()) {
			setAside.add(new SetAside(record, Reason.of("UPLOAD_TOO_MANY_RECORDS", "$.websites",
					"This filing alone makes %d bureau records; an upload file holds at most %d"
						.formatted(record.bureauRecords(), limits.maxRecords()))));
			return null;
		}
		byte[] alone;
		try {
			alone = writer.write(qqdwid, List.of(record));
		}
		catch (UnwritableRecord ex) {
			setAside.add(new SetAside(record, Reason.of("UPLOAD_UNWRITABLE", null, ex.getMessage())));
			return null;
		}
		long zipBytes = DeflatedSize.estimate(alone);
		if (zipBytes > limits.maxBytes()) {
			zipBytes = zipSize(alone, provinceCode, now);
		}
		if (zipBytes > limits.maxBytes()) {
			setAside.add(new SetAside(record, Reason.of("UPLOAD_TOO_LARGE", "$.attachments",
					"This filing alone zips to %d bytes; an upload file may be at most %d"
						.formatted(zipBytes, limits.maxBytes()))));
			return null;
		}
		return new Measured(position, record, zipBytes);
	}

	private static Deque<Measured> earliest(Map<FilingType, Deque<Measured>> byOperation) {
		return byOperation.values()
			.stream()
			.filter(pending -> !pending.isEmpty())
			.min(Comparator.comparingInt(pending -> pending.peekFirst().position()))
			.orElse(null);
	}

	/**
	 * Takes the longest run of pending records that fits one file; what did not fit stays pending; what breaks the
	 * schema is set aside. Null when every record taken broke it.
	 */
	private UploadFile pack(Deque<Measured> pending, String qqdwid, String fileName, List<SetAside> setAside) {
		List<Measured> taken = new ArrayList<>();
		int count = 0;
		long estimate = 0;
		while (!pending.isEmpty()) {
			Measured next = pending.peekFirst();
			if (!taken.isEmpty() && (count + next.record().bureauRecords() > limits.maxRecords()
					|| estimate + next.zipBytes() > limits.maxBytes())) {
				break;
			}
			taken.add(pending.pollFirst());
			count += next.record().bureauRecords();
			estimate += next.zipBytes();
		}
		while (!taken.isEmpty()) {
			List<UploadItem> records = taken.stream().map(Measured::record).toList();
			byte[] document = writer.write(qqdwid, records);
			Map<Integer, Reason> breaking = UploadDocumentCheck.breakingRecords(document, records);
			if (!breaking.isEmpty()) {
				breaking.forEach((index, reason) -> setAside.add(new SetAside(records.get(index), reason)));
				List<Measured> valid = new ArrayList<>();
				for (int i = 0; i < taken.size(); i++) {
					if (!breaking.containsKey(i)) {
						valid.add(taken.get(i));
					}
				}
				taken = valid;
				continue;
			}
			PackedPayload payload = codec.pack(fileName, document);
			// The estimate is an upper bound in practice; this check makes it a guarantee.
			if (records.size() == 1 || payload.zipBytes() <= limits.maxBytes()) {
				return new UploadFile(fileName, records.get(0).operation(), records, document, payload);
			}
			pending.addFirst(taken.remove(taken.size() - 1));
		}
		return null;
	}

	private static long zipSize(byte[] document, String provinceCode, LocalDateTime now) {
		return SingleEntryZip.zip(FileNames.forUpload(provinceCode, now, 0), now, document).length;
	}

	private record Measured(int position, UploadItem record, long zipBytes) {
	}

}
