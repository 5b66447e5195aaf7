package cn.beianbridge.filing;

import java.util.Arrays;
import java.util.List;

/**
 * What a filing asks the bureau for; each maps to the operation list of the upload document. CHANGE and CANCEL are
 * written by the bureau module (BGBA, ZXBA) and taken in where {@code bridge.intake.change-and-cancel.enabled}, but
 * not sent yet: the submit job leaves them RECEIVED (see {@link #sentToBureau()}).
 */
public enum FilingType {

	FIRST_FILING("XZBA"), NEW_WEBSITE("XZWZ"), NEW_ACCESS("XZJR"), CHANGE("BGBA"), CANCEL("ZXBA");

	private final String bureauOperation;

	FilingType(String bureauOperation) {
		this.bureauOperation = bureauOperation;
	}

	/**
	 * Whether the submit job sends filings of this type today. CHANGE and CANCEL wait for the bureau ids their upload
	 * names objects by (issue 13).
	 */
	public boolean sentToBureau() {
		return this != CHANGE && this != CANCEL;
	}

	/** The types the submit job sends. */
	public static List<FilingType> sentTypes() {
		return Arrays.stream(values()).filter(FilingType::sentToBureau).toList();
	}

	/** The element name of this operation in the bureau's upload document. */
	public String bureauOperation() {
		return bureauOperation;
	}

}
