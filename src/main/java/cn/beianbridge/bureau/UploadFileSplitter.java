package cn.beianbridge.bureau;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import cn.beianbridge.bureau.UploadPlan.SetAside;
import cn.beianbridge.bureau.UploadPlan.UploadFile;
import cn.beianbridge.bureau.internal.DeflatedSize;
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
	 * Every file at once, each packed (tests and tools; the submit job takes them one at a time with {@link #plan}).
	 * @param provinceCode the two-digit code the file names start with
	 * @param qqdwid the provider's id at this bureau
	 * @param records in upload order; none is dropped: each ends in a file or in {@link UploadPlan#setAside()}
	 */
	public UploadPlan split(String provinceCode, String qqdwid, List<? extends UploadItem> records) {
		Planned planned = plan(provinceCode, qqdwid, records, AttachmentSource.OWN_CONTENT);
		List<UploadFile> files = new ArrayList<>();
		List<SetAside> setAside = new ArrayList<>(planned.setAside());
		while (planned.hasNext()) {
			Built built = planned.next();
			setAside.addAll(built.setAside());
			if (built.file() != null) {
				files.add(built.file());
			}
		}
		return new UploadPlan(files, setAside);
	}

	/**
	 * Measures each record (keeping only its size) and plans the files; each is written, packed and checked only when
	 * {@link Planned#next()} asks for it, so one file's bytes are held at a time.
	 * @param source the attachments' bytes a record's document does not carry, asked per record as it is written
	 */
	public Planned plan(String provinceCode, String qqdwid, List<? extends UploadItem> records, AttachmentSource source) {
		LocalDateTime now = LocalDateTime.now(clock);
		List<SetAside> setAside = new ArrayList<>();
		Map<FilingType, Deque<Measured>> byOperation = new LinkedHashMap<>();
		for (int position = 0; position < records.size(); position++) {
			UploadItem record = records.get(position);
			Measured measured = measure(position, record, provinceCode, qqdwid, now, source, setAside);
			if (measured != null) {
				byOperation.computeIfAbsent(record.operation(), operation -> new ArrayDeque<>()).add(measured);
			}
		}
		return new Planned(provinceCode, qqdwid, now, source, byOperation, setAside);
	}

	private Measured measure(int position, UploadItem record, String provinceCode, String qqdwid, LocalDateTime now,
			AttachmentSource source, List<SetAside> setAside) {
		if (record.bureauRecords() > limits.maxRecords()) {
			setAside.add(new SetAside(record, Reason.of("UPLOAD_TOO_MANY_RECORDS", "$.websites",
					"This filing alone makes %d bureau records; an upload file holds at most %d"
						.formatted(record.bureauRecords(), limits.maxRecords()))));
			return null;
		}
		Consumer<OutputStream> alone = out -> writer.write(qqdwid, List.of(record), out, source);
		long zipBytes;
		try {
			zipBytes = DeflatedSize.estimate(alone);
			if (zipBytes > limits.maxBytes()) {
				zipBytes = DeflatedSize.zipped(FileNames.forUpload(provinceCode, now, 0), now, alone);
			}
		}
		catch (UnwritableRecord ex) {
			setAside.add(new SetAside(record, Reason.of("UPLOAD_UNWRITABLE", null, ex.getMessage())));
			return null;
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

	/** The longest run of pending records that fits one file by their estimates: at least one. */
	private List<Measured> take(Deque<Measured> pending) {
		List<Measured> taken = new ArrayList<>();
		int count = 0;
		long estimate = 0;
		for (Measured next : pending) {
			if (!taken.isEmpty() && (count + next.record().bureauRecords() > limits.maxRecords()
					|| estimate + next.zipBytes() > limits.maxBytes())) {
				break;
			}
			taken.add(next);
			count += next.record().bureauRecords();
			estimate += next.zipBytes();
		}
		return taken;
	}

	/**
	 * Packs the longest run of pending records that fits one file; what did not fit stays pending; what breaks the
	 * schema is set aside. Null when every record taken broke it.
	 */
	private UploadFile pack(Deque<Measured> pending, String qqdwid, String fileName, AttachmentSource source,
			List<SetAside> setAside) {
		List<Measured> taken = take(pending);
		taken.forEach(measured -> pending.pollFirst());
		while (!taken.isEmpty()) {
			List<UploadItem> records = taken.stream().map(Measured::record).toList();
			long estimate = taken.stream().mapToLong(Measured::zipBytes).sum();
			PackedPayload payload = codec.pack(fileName, estimate,
					out -> writer.write(qqdwid, records, out, source));
			// checked as read back from the payload itself: what is validated is exactly what is sent
			Map<Integer, Reason> breaking = UploadDocumentCheck.breakingRecords(codec.document(payload), records);
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
			// The estimate is an upper bound in practice; this check makes it a guarantee.
			if (records.size() == 1 || payload.zipBytes() <= limits.maxBytes()) {
				return new UploadFile(fileName, records.get(0).operation(), records, payload);
			}
			pending.addFirst(taken.remove(taken.size() - 1));
		}
		return null;
	}

	/**
	 * The files of one {@link #plan}, made one at a time in upload order; the filings set aside while measuring are
	 * known at once, those whose record breaks the schema as their file is built.
	 */
	public final class Planned {

		private final String provinceCode;

		private final String qqdwid;

		private final LocalDateTime now;

		private final AttachmentSource source;

		private final Map<FilingType, Deque<Measured>> byOperation;

		private final List<SetAside> setAside;

		private int made;

		private Planned(String provinceCode, String qqdwid, LocalDateTime now, AttachmentSource source,
				Map<FilingType, Deque<Measured>> byOperation, List<SetAside> setAside) {
			this.provinceCode = provinceCode;
			this.qqdwid = qqdwid;
			this.now = now;
			this.source = source;
			this.byOperation = byOperation;
			this.setAside = List.copyOf(setAside);
		}

		/** Filings no file can take, found while measuring. */
		public List<SetAside> setAside() {
			return setAside;
		}

		public boolean hasNext() {
			return earliest(byOperation) != null;
		}

		/** The next file's zip size as estimated: what building, storing and sending it will hold, give or take. */
		public long nextZipBytes() {
			Deque<Measured> pending = earliest(byOperation);
			return pending == null ? 0 : take(pending).stream().mapToLong(Measured::zipBytes).sum();
		}

		/**
		 * Writes, packs and checks the next file (always continuing the operation whose next record comes first keeps
		 * the files in upload order). Its file is null when every record taken broke the schema.
		 */
		public Built next() {
			Deque<Measured> pending = earliest(byOperation);
			if (pending == null) {
				throw new NoSuchElementException("every planned file is made");
			}
			List<SetAside> breaking = new ArrayList<>();
			UploadFile file = pack(pending, qqdwid, FileNames.forUpload(provinceCode, now, made + 1), source, breaking);
			if (file != null) {
				made++;
			}
			return new Built(file, breaking);
		}

	}

	/** One step of {@link Planned}: a file (or none) and the filings set aside because their records broke the schema. */
	public record Built(UploadFile file, List<SetAside> setAside) {

		public Built {
			setAside = List.copyOf(setAside);
		}

	}

	private record Measured(int position, UploadItem record, long zipBytes) {
	}

}
