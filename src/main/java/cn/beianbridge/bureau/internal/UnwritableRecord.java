package cn.beianbridge.bureau.internal;

import cn.beianbridge.bureau.UploadRecord;

/** A filing whose data cannot go into an upload document (missing field, unknown code, text GBK cannot hold). */
public class UnwritableRecord extends IllegalArgumentException {

	private final transient UploadRecord record;

	public UnwritableRecord(UploadRecord record, String problem, Throwable cause) {
		super("Filing %s cannot be written to the upload document: %s".formatted(record.filing().consoleFilingId(),
				problem), cause);
		this.record = record;
	}

	public UploadRecord record() {
		return record;
	}

}
