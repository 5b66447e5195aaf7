package cn.beianbridge.submission;

/** One bureau file's life (ARCHITECTURE.md, "States"). */
public enum UploadBatchState {

	/** Bytes and sequence committed; not (or no longer) on its way. */
	BUILT,
	/** The call is under way; a node that dies here leaves it for reconciliation. */
	UPLOADING,
	/** The bureau received it (msg_code 0). */
	ACCEPTED,
	/** Refused in a way a rebuilt file may fix. */
	FAILED,
	/** The bureau refused us, not the file: an operator must act. */
	BLOCKED,
	/** Sent, reply lost: ask the bureau before anything else goes to the province. */
	UNKNOWN

}
