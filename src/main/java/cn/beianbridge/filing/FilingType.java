package cn.beianbridge.filing;

/** What a filing asks the bureau for; each maps to the operation list of the upload document. */
public enum FilingType {

	FIRST_FILING("XZBA"), NEW_WEBSITE("XZWZ"), NEW_ACCESS("XZJR");

	private final String bureauOperation;

	FilingType(String bureauOperation) {
		this.bureauOperation = bureauOperation;
	}

	/** The element name of this operation in the bureau's upload document. */
	public String bureauOperation() {
		return bureauOperation;
	}

}
