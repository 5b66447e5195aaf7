package cn.beianbridge.bureau;

/**
 * A payload that cannot be unpacked, with the call-level msg_code the bureau gives for it (6 decryption,
 * 7 hash, 8 unzip, 9/10/11 unknown algorithm or format, 17 not exactly one file), so the simulator can
 * answer with it and the client can classify it like a bureau reply.
 */
public class PayloadRejected extends RuntimeException {

	private final int msgCode;

	public PayloadRejected(int msgCode, String message) {
		this(msgCode, message, null);
	}

	public PayloadRejected(int msgCode, String message, Throwable cause) {
		super("msg_code %d: %s".formatted(msgCode, message), cause);
		this.msgCode = msgCode;
	}

	public int msgCode() {
		return msgCode;
	}

	public MsgCodeClass msgCodeClass() {
		return MsgCodeClass.classify(msgCode);
	}

}
