package cn.beianbridge.bureau;

/** What a call-level msg_code asks of the caller (BUREAU-PROTOCOL.md, "msg_code"). */
public enum MsgCodeClass {

	/** 0 ok, 1 last download, 2 nothing to download, 3 more to download. */
	DONE,
	/** 15 too many pending, 20 outside upload hours, 901/902 maintenance, 999 other: the same call later. */
	RETRY_LATER,
	/** 6–11, 16–18, 21: our request was wrong; rebuild it and send again. */
	FIX_AND_RESEND,
	/** 4, 5, 12, 13, 19, 22: credentials, permissions or limits only a person can sort out. */
	OPERATOR_NEEDED,
	/** 14 sequence gap: find out what the bureau has before uploading anything else. */
	RECONCILE;

	public static MsgCodeClass classify(int msgCode) {
		return switch (msgCode) {
			case 0, 1, 2, 3 -> DONE;
			case 15, 20, 901, 902, 999 -> RETRY_LATER;
			case 6, 7, 8, 9, 10, 11, 16, 17, 18, 21 -> FIX_AND_RESEND;
			case 4, 5, 12, 13, 19, 22 -> OPERATOR_NEEDED;
			case 14 -> RECONCILE;
			// A code the spec does not list: retrying blindly could repeat harm, so a person looks first.
			default -> OPERATOR_NEEDED;
		};
	}

}
