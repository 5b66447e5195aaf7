package cn.beianbridge.submission;

import java.time.Instant;
import java.util.List;

/** The upload files a filing was packed into, for the operations console: what was sent to the bureau, and how it went. */
public interface FilingUploads {

	/** Oldest first: a file rebuilt or a filing sent again shows each file. */
	List<UploadFile> forFiling(long filingId);

	/**
	 * @param lastMsgCode the bureau's last {@code msg_code} for the file, null before any answer
	 * @param acceptedAt when the bureau took it, null until then
	 */
	record UploadFile(long id, String province, String fileName, long dataSequence, UploadBatchState state,
			int recordCount, Integer lastMsgCode, Instant createdAt, Instant acceptedAt) {
	}

}
