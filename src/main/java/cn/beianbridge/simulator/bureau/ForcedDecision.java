package cn.beianbridge.simulator.bureau;

/**
 * A decision the next record of a province gets whatever it holds.
 *
 * @param resultCode the BAJG code: 1001 for {@link Decision#APPROVE}, 1002 for {@link Decision#REJECT}, a 10xx
 * data code for {@link Decision#REFUSE}
 */
public record ForcedDecision(Decision decision, int resultCode) {

	public ForcedDecision {
		if (decision == null) {
			throw new IllegalArgumentException("A forced decision needs its decision");
		}
		int expected = switch (decision) {
			case APPROVE -> 1001;
			case REJECT -> 1002;
			case REFUSE -> resultCode;
		};
		if (resultCode != expected || decision == Decision.REFUSE && (resultCode < 1003 || resultCode > 1099)) {
			throw new IllegalArgumentException("%s cannot have result code %d (approve 1001, reject 1002, refuse 1003-1099)"
				.formatted(decision, resultCode));
		}
	}

	public static ForcedDecision of(Decision decision) {
		return switch (decision) {
			case APPROVE -> new ForcedDecision(decision, 1001);
			case REJECT -> new ForcedDecision(decision, 1002);
			case REFUSE -> new ForcedDecision(decision, 1005);
		};
	}

}
