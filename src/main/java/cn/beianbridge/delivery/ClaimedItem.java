package cn.beianbridge.delivery;

/** An item of a delivery queue as a run holds it: its row, how often sending it failed, and the claim that holds it. */
public interface ClaimedItem {

	long id();

	int attempts();

	/** The run that holds the claim: only that run sends the item and records the outcome. */
	String claimedBy();

}
