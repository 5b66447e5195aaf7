package cn.beianbridge.download;

import java.time.Instant;

/**
 * A result (or a whole file) the download could not apply, kept for an operator ({@code result_quarantine}).
 *
 * @param identifier the result's {@code Bs}, null for a whole file or a result without one
 * @param code the result's code, null for a whole file
 * @param text why it was quarantined
 * @param resolution {@code ATTACHED} (applied to {@code filingId}) or {@code DISMISSED}; null while open
 */
public record QuarantinedResult(long id, String province, String fileName, String identifier, String code,
		String text, Instant receivedAt, Instant resolvedAt, String resolvedBy, String resolution,
		String resolutionReason, Long filingId) {

	public boolean open() {
		return resolvedAt == null;
	}

	/** A single result (not a whole file that could not be read): only such a one can be applied to a filing. */
	public boolean isResult() {
		return identifier != null && code != null;
	}

}
