package cn.beianbridge.bureau;

/**
 * One province's bureau, spoken to directly: no throttle, no circuit breaker (those are the gateway's, see
 * {@link BureauGateway}, which other modules should use). Every call authenticates afresh and never throws for
 * what the network or the bureau does: the result is a {@link BureauReply}.
 */
public interface BureauClient {

	/** The province code, e.g. {@code 33}. */
	String province();

	/** This bureau's payload encoding: AES when it issued a key and an IV, plaintext otherwise. */
	PayloadCodec payloadCodec();

	BureauReply call(BureauCall call);

	default BureauReply upload(PackedPayload payload, long dataSequence) {
		return call(new BureauCall.Upload(payload, dataSequence));
	}

	default BureauReply download() {
		return call(new BureauCall.Download());
	}

	default BureauReply downloadAck(String fileName) {
		return call(new BureauCall.DownloadAck(fileName));
	}

	default BureauReply queryPreviousUpload() {
		return call(new BureauCall.QueryPreviousUpload());
	}

	default BureauReply queryBeianStatus(int conditionType, String condition) {
		return call(new BureauCall.QueryBeianStatus(conditionType, condition));
	}

	default BureauReply verifyBamm(String baxh, String bamm) {
		return call(new BureauCall.VerifyBamm(baxh, bamm));
	}

}
