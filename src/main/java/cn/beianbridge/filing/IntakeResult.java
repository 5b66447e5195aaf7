package cn.beianbridge.filing;

import java.util.List;

/**
 * What became of one offered filing.
 *
 * @param filingId our id; null when the input was rejected (it is kept as a rejected input instead)
 * @param reasons the contract errors (REJECTED) or the failed province rules (HELD)
 */
public record IntakeResult(Outcome outcome, Long filingId, String consoleFilingId, FilingState state,
		List<Reason> reasons) {

	public enum Outcome {
		/** Stored now, ready for submission. */
		STORED,
		/** Stored now, held by a province rule. */
		HELD,
		/** Stored earlier: nothing was written. */
		ALREADY_KNOWN,
		/** Broke the contract: kept as a rejected input with every error, not as a filing. */
		REJECTED
	}

	public IntakeResult {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
	}

	public boolean isNew() {
		return outcome == Outcome.STORED || outcome == Outcome.HELD;
	}

}
