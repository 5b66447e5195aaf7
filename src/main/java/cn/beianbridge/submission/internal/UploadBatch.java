package cn.beianbridge.submission.internal;

import java.time.Instant;

import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.submission.UploadBatchState;

/** A stored upload file, exactly as it is (or was) sent. */
record UploadBatch(long id, String province, String fileName, String operation, long dataSequence,
		UploadBatchState state, int recordCount, String beianInfo, String beianInfoHash, int encryptAlgorithm,
		long zipBytes, int attempts, Integer lastMsgCode, String lastMsg, Instant createdAt) {

	/** The file with its payload opened (UploadBatchMapper.xml seals it). */
	UploadBatch opened(PersonalData data) {
		return new UploadBatch(id, province, fileName, operation, dataSequence, state, recordCount,
				data.open(beianInfo), beianInfoHash, encryptAlgorithm, zipBytes, attempts, lastMsgCode, lastMsg,
				createdAt);
	}

	PackedPayload payload() {
		return new PackedPayload(beianInfo, beianInfoHash, encryptAlgorithm, PackedPayload.MD5, PackedPayload.ZIP,
				zipBytes);
	}

}
