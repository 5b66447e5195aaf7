package cn.beianbridge.bureau;

import cn.beianbridge.filing.FilingType;

/**
 * One filing's part of an upload file: what {@link UploadDocumentWriter} writes, {@link UploadFileSplitter} packs and
 * {@link UploadDocumentCheck} judges. A file holds items of one {@link #operation()} only.
 */
public sealed interface UploadItem permits UploadRecord, ChangeRecord, CancelRecord {

	FilingType operation();

	/** Our stored filing's id: what an upload file lists and a held filing is found by. */
	long filingId();

	String consoleFilingId();

	/** How many records ({@code Baxx}, {@code Xzxx}, {@code Bgxx}, {@code Zx_xx}) this filing adds to a file. */
	int bureauRecords();

}
