package cn.beianbridge.filing;

/**
 * What a filing asks the bureau for; each maps to the operation list of the upload document. CHANGE and CANCEL are
 * written by the bureau module (BGBA, ZXBA); the console's contract does not offer them yet.
 */
public enum FilingType {

	FIRST_FILING("XZBA"), NEW_WEBSITE("XZWZ"), NEW_ACCESS("XZJR"), CHANGE("BGBA"), CANCEL("ZXBA");

	private final String bureauOperation;

	FilingType(String bureauOperation) {
		this.bureauOperation = bureauOperation;
	}

	/** The element name of this operation in the bureau's upload document. */
	public String bureauOperation() {
		return bureauOperation;
	}

}
