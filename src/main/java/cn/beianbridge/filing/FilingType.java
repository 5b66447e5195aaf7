package cn.beianbridge.filing;

import java.util.Arrays;
import java.util.List;

/**
 * What a filing asks the bureau for; each maps to the operation list of the upload document. CHANGE and CANCEL are
 * taken in where {@code bridge.intake.change-and-cancel.enabled} and sent like the others (BGBA, ZXBA).
 */
public enum FilingType {

	FIRST_FILING("XZBA"), NEW_WEBSITE("XZWZ"), NEW_ACCESS("XZJR"), CHANGE("BGBA"), CANCEL("ZXBA");

	private final String bureauOperation;

	FilingType(String bureauOperation) {
		this.bureauOperation = bureauOperation;
	}

	/** Whether a filing of this type files websites of ours (a CHANGE alters filed ones, a CANCEL files none). */
	public boolean filesWebsites() {
		return this != CHANGE && this != CANCEL;
	}

	/** The types whose filings file websites of ours. */
	public static List<FilingType> filingWebsites() {
		return Arrays.stream(values()).filter(FilingType::filesWebsites).toList();
	}

	/** The element name of this operation in the bureau's upload document. */
	public String bureauOperation() {
		return bureauOperation;
	}

}
