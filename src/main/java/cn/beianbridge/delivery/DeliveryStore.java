package cn.beianbridge.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery queue's rows, implemented by the module that owns the table. Each call commits on its own unless the
 * caller has a transaction: the conditional updates on the claim (each naming {@code owner}) keep two runs apart,
 * so every {@code mark…} answers 1 only while {@code owner} still holds the item.
 *
 * @param <T> an item as claimed
 * @param <K> how an admin names an item to re-queue it
 */
public interface DeliveryStore<T extends ClaimedItem, K> {

	/**
	 * Rows of the items due now and free to claim, in send order; candidates only, nothing is claimed yet. A claim
	 * is free when it lapsed or when the node incarnation that holds it is one of {@code deadNodes}.
	 */
	List<Long> findDue(Instant now, int limit, List<String> deadNodes);

	/** Claims those of {@code ids} that are free for {@code owner}, a run of the node incarnation {@code node}. */
	int claim(List<Long> ids, String owner, String node, List<String> deadNodes, Instant now, Instant until);

	/** Those of {@code ids} that {@code owner} holds and that are still due: what this run may send. */
	List<T> findClaimed(List<Long> ids, String owner, Instant now);

	/** 1 when the claim is still {@code owner}'s (even if it lapsed, as long as no other run took it). */
	int renewClaim(long id, String owner, Instant until);

	/** 1 when {@code owner} held the item and it is now sent; {@code receipt} is the peer's reference, if kept. */
	int markSent(long id, String owner, Instant at, String receipt);

	/** 1 when {@code owner} held the item and it waits until {@code nextAttemptAt}. */
	int markRetry(long id, String owner, int attempts, Instant nextAttemptAt, String lastError);

	/** 1 when {@code owner} held the item and it is now DEAD: kept until re-queued. */
	int markDead(long id, String owner, int attempts, Instant at, String lastError);

	/** Gives back {@code owner}'s claims on these items (nothing was sent for them). */
	int release(List<Long> ids, String owner);

	/** 1 when a DEAD item named {@code key} is pending again, attempts reset, due {@code now}. */
	int requeue(K key, Instant now);

}
