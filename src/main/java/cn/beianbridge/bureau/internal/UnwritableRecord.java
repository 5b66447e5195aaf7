package cn.beianbridge.bureau.internal;

import cn.beianbridge.bureau.UploadItem;

/** A filing whose data cannot go into an upload document (missing field, unknown code, text GBK cannot hold). */
public class UnwritableRecord extends IllegalArgumentException {

	private final transient UploadItem record;

	public UnwritableRecord(UploadItem record, String problem, Throwable cause) {
		super("Filing %s cannot be written to the upload document: %s".formatted(record.consoleFilingId(),
				problem), cause);
		this.record = record;
	}

	public UploadItem record() {
		return record;
	}

}
