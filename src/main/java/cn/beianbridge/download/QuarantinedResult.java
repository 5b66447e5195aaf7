package cn.beianbridge.download;

import java.time.Instant;

/**
 * A result (or a whole file) the download could not apply, kept for an operator ({@code result_quarantine}).
 *
 * @param identifier the result's {@code Bs}, null for a whole file or a result without one
 * @param code the result's code, null for a whole file; {@code ZXSJ-0/1/2} for a bureau cancellation
 * @param text why it was quarantined
 * @param resolution {@code ATTACHED} (applied to {@code filingId}) or {@code DISMISSED}; null while open
 */
public record QuarantinedResult(long id, String province, String fileName, String identifier, String code,
		String text, Instant receivedAt, Instant resolvedAt, String resolvedBy, String resolution,
		String resolutionReason, Long filingId) {

	/** The code a quarantined bureau cancellation carries, before its {@code Zxlb}. */
	public static final String CANCELLATION_CODE = "ZXSJ-";

	public boolean open() {
		return resolvedAt == null;
	}

	/** A single result (not a whole file that could not be read): only such a one can be applied to a filing. */
	public boolean isResult() {
		return identifier != null && code != null && !isBureauCancellation();
	}

	/**
	 * A bureau cancellation (ZXSJ) naming an id we do not know: {@code identifier} its {@code Jlid}, {@code code}
	 * {@code ZXSJ-} and its {@code Zxlb}. Not a result: settled by a person (the access cut off by hand), dismissed.
	 */
	public boolean isBureauCancellation() {
		return code != null && code.startsWith(CANCELLATION_CODE);
	}

}
