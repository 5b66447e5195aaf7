package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/**
 * The outbox as the console sync takes from it: per filing the oldest event not yet delivered, claimed by one run
 * at a time (claimed_by, claimed_until), then delivered, retried later or DEAD. Each call commits on its own unless
 * the caller has a transaction: the conditional updates on the claim are what keep two runs apart.
 */
public interface ConsoleOutbox {

	/**
	 * Rows of the events due now and free to claim, oldest first; candidates only, nothing is claimed yet. A claim
	 * is free when it lapsed or when the node incarnation that holds it is one of {@code deadNodes}.
	 */
	List<Long> findDue(Instant now, int limit, List<String> deadNodes);

	/**
	 * Claims those of {@code ids} that are free (see {@link #findDue}) for {@code owner}, a run of the node
	 * incarnation {@code node}; how many it got.
	 */
	int claim(List<Long> ids, String owner, String node, List<String> deadNodes, Instant now, Instant until);

	/** Those of {@code ids} that {@code owner} holds and that are still due: what this run may send. */
	List<PendingConsoleEvent> findClaimed(List<Long> ids, String owner, Instant now);

	/** 1 when the claim is still {@code owner}'s (even if it lapsed, as long as no other run took it). */
	int renewClaim(long id, String owner, Instant until);

	/** 1 when {@code owner} held the event and it is now delivered. */
	int markDelivered(long id, String owner);

	/** 1 when {@code owner} held the event and it waits until {@code nextAttemptAt}. */
	int retryLater(long id, String owner, int attempts, Instant nextAttemptAt, String lastError);

	/** 1 when {@code owner} held the event and it is now DEAD: kept, blocking its filing's later events. */
	int markDead(long id, String owner, int attempts, Instant at, String lastError);

	/** Gives back {@code owner}'s claims on these events. */
	int release(List<Long> ids, String owner);

	/** 1 when a DEAD event with this id is pending again, attempts reset, due {@code now}. */
	int redeliver(String eventId, Instant now);

}
