package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/**
 * Input kept because it broke the contract, as an operator sees it: where it came from, every error, and whether
 * someone settled it (re-checked and taken in).
 *
 * @param consoleFilingId as the input gave it; null when it gave none readable
 * @param resolution what became of it, e.g. {@code taken in as filing DEMO-22 (HELD)}; null while open
 */
public record RejectedInput(long id, IntakeSource source, String sourceRef, String consoleFilingId,
		Instant receivedAt, List<Reason> errors, Instant resolvedAt, String resolvedBy, String resolution) {

	public RejectedInput {
		errors = List.copyOf(errors);
	}

	public boolean open() {
		return resolvedAt == null;
	}

}
