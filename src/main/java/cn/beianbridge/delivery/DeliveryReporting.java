package cn.beianbridge.delivery;

import java.util.List;
import java.util.Optional;

import cn.beianbridge.shared.OperatorAlert;

/**
 * How one queue tells what happened: the words of its log lines, its meters and the operator alert of a DEAD item.
 * Each queue keeps the names its operators and dashboards know. No personal data in anything returned here: it goes
 * to the log.
 *
 * @param <T> an item as claimed
 * @param <K> how an admin names an item to re-queue it
 */
public interface DeliveryReporting<T extends ClaimedItem, K> {

	/** What an attempt or a claim came to, each counted under {@link #meters}. */
	enum Outcome {

		/** The peer took the item. */
		SENT,

		/** The attempt failed; the item waits its back-off. */
		RETRY,

		/** The last attempt failed; the item is parked until re-queued. */
		DEAD,

		/** Another run took the item while this one was sending it: that run records the outcome. */
		CLAIM_LOST

	}

	/**
	 * The queue's words in log lines.
	 *
	 * @param runs names the runs: {@code "sync"} gives "Sync run …" and "another sync run"
	 * @param items the items, plural: {@code "events"}
	 * @param taken what the peer's taking an item is called: {@code "acknowledged"}; a failed attempt is "not" this
	 */
	record Words(String runs, String items, String taken) {
	}

	Words words();

	/** How a log line names the item, e.g. "Event … for console filing …". */
	String describe(T item);

	/** The end of the DEAD log line: what follows from it, or how to re-queue it. */
	String whileDead(T item);

	/** The log line of an admin's re-queue. */
	String requeued(K key);

	/** The counters this outcome increments. */
	List<DeliveryMeter> meters(Outcome outcome, T item);

	/** The alert raised in the transaction that parks the item: operators hear of each DEAD item once. */
	default Optional<OperatorAlert> deadAlert(T item, int attempts, String lastError) {
		return Optional.empty();
	}

}
