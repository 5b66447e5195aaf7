package cn.beianbridge.submission.internal;

import java.time.Instant;

import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.submission.UploadBatchState;

/**
 * A stored upload file, exactly as it is (or was) sent. Read from the database it comes without its payload
 * ({@code beianInfo} null, {@link UploadBatches#withPayload}): a province's open files are listed, not held.
 */
record UploadBatch(long id, String province, String fileName, String operation, long dataSequence,
		UploadBatchState state, int recordCount, String beianInfo, String beianInfoHash, int encryptAlgorithm,
		long zipBytes, int attempts, Integer lastMsgCode, String lastMsg, Instant createdAt) {

	/** The file with this payload. */
	UploadBatch withBeianInfo(String payload) {
		return new UploadBatch(id, province, fileName, operation, dataSequence, state, recordCount, payload,
				beianInfoHash, encryptAlgorithm, zipBytes, attempts, lastMsgCode, lastMsg, createdAt);
	}

	PackedPayload payload() {
		return new PackedPayload(beianInfo, beianInfoHash, encryptAlgorithm, PackedPayload.MD5, PackedPayload.ZIP,
				zipBytes);
	}

}
