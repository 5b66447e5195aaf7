package cn.beianbridge.bureau;

import java.util.List;

import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Reason;

/**
 * The upload files made from a list of filings, in the order to upload them, and the filings that could not
 * go into any file, each with the reason (to hold them, never to drop them).
 */
public record UploadPlan(List<UploadFile> files, List<SetAside> setAside) {

	public UploadPlan {
		files = List.copyOf(files);
		setAside = List.copyOf(setAside);
	}

	/**
	 * One upload file, packed and ready for {@code isp_upload}.
	 *
	 * @param fileName the zip entry's name ({@link FileNames})
	 * @param payload what is stored and sent; the GBK XML (kept three months, as the interface asks) is inside it
	 */
	public record UploadFile(String fileName, FilingType operation, List<UploadItem> records, PackedPayload payload) {

		public UploadFile {
			records = List.copyOf(records);
		}

		public int bureauRecords() {
			return records.stream().mapToInt(UploadItem::bureauRecords).sum();
		}

	}

	/** A filing left out of every file; reason codes UPLOAD_TOO_LARGE, UPLOAD_TOO_MANY_RECORDS, UPLOAD_UNWRITABLE. */
	public record SetAside(UploadItem record, Reason reason) {
	}

}
