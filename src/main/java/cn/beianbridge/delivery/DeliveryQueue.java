package cn.beianbridge.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.delivery.DeliveryReporting.Outcome;
import cn.beianbridge.scheduling.ThisNode;

/**
 * A table as a durable queue: a run claims the due items, sends each (the module's part), and records what the peer
 * answered: sent, retried after a back-off that doubles up to a cap, or DEAD after the last attempt until re-queued.
 * <p>
 * Runs may overlap (two nodes, a slow run and a manual one), so a run claims its items in the database first and only
 * the holder of a claim records an outcome. The claim names this run of this node incarnation: a dead node's claims
 * are free at once, and every claim lapses after {@code claim-ttl} in any case; a run renews it before each send.
 */
public final class DeliveryQueue<T extends ClaimedItem, K> {

	private static final int MAX_ERROR_LENGTH = 2000;

	private final Logger log;

	private final DeliveryStore<T, K> store;

	private final DeliveryPolicy policy;

	private final DeliveryReporting<T, K> reporting;

	private final Clock clock;

	private final ThisNode node;

	private final MeterRegistry meters;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	DeliveryQueue(DeliveryStore<T, K> store, DeliveryPolicy policy, DeliveryReporting<T, K> reporting, Logger log,
			Clock clock, ThisNode node, MeterRegistry meters, TransactionOperations transactions,
			ApplicationEventPublisher events) {
		this.log = log;
		this.store = store;
		this.policy = policy;
		this.reporting = reporting;
		this.clock = clock;
		this.node = node;
		this.meters = meters;
		this.transactions = transactions;
		this.events = events;
	}

	/** Claims the due items for a new run, in send order; none (an empty list) when nothing is due. */
	public List<T> claimDue() {
		return claimDue(policy.batchSize());
	}

	/**
	 * Claims at most {@code limit} due items (never more than the batch size): a sender that has room for only so many
	 * sends right now claims only those, so no claim waits in a local queue while other nodes could send it.
	 */
	public List<T> claimDue(int limit) {
		if (limit < 1) {
			return List.of();
		}
		Instant now = clock.instant();
		// a dead node's claims are free at once; one dead before the claim time ago holds none that has not lapsed
		List<String> dead = node.deadIncarnations(now.minus(policy.claimTtl()));
		List<Long> due = store.findDue(now, Math.min(limit, policy.batchSize()), dead);
		if (due.isEmpty()) {
			return List.of();
		}
		// the claim belongs to this run, not just this node: two runs on one node keep apart too
		String incarnation = node.incarnation();
		String run = incarnation + "/" + UUID.randomUUID().toString().substring(0, 8);
		int claimed = store.claim(due, run, incarnation, dead, now, now.plus(policy.claimTtl()));
		List<T> mine = claimed == 0 ? List.of() : store.findClaimed(due, run, now);
		if (mine.size() < claimed) {
			// settled by another run between findDue and the claim: not due any more, given back
			Set<Long> sending = mine.stream().map(ClaimedItem::id).collect(Collectors.toSet());
			store.release(due.stream().filter(id -> !sending.contains(id)).toList(), run);
		}
		if (mine.size() < due.size()) {
			log.info("{} run {}: {} of {} due {} were taken by another {} run in the meantime and are left to it",
					capitalized(reporting.words().runs()), run, due.size() - mine.size(), due.size(), reporting.words().items(),
					reporting.words().runs());
		}
		return mine;
	}

	/**
	 * Renews this run's claim just before the item is sent; false when the claim lapsed and another run took the
	 * item (or already settled it): then this run must not send it.
	 */
	public boolean renew(T item) {
		if (store.renewClaim(item.id(), item.claimedBy(), clock.instant().plus(policy.claimTtl())) == 1) {
			return true;
		}
		log.warn("{} is no longer claimed by {} run {} (its claim lapsed after {}.claim-ttl {} and another run took "
				+ "it): left to that run", reporting.describe(item), reporting.words().runs(), item.claimedBy(),
				policy.settings(), policy.claimTtl());
		return false;
	}

	/** At the end of a run: gives back the claims of items it did not get to record (nothing was sent for them). */
	public void release(List<T> claimed) {
		if (claimed == null || claimed.isEmpty()) {
			return;
		}
		store.release(claimed.stream().map(ClaimedItem::id).toList(), claimed.get(0).claimedBy());
	}

	/**
	 * Records that the peer took the item; false when this run no longer held it (then the holder records it).
	 *
	 * @param receipt the peer's reference or answer ("HTTP 200"), kept where the store has room for it
	 */
	public boolean sent(T item, String receipt) {
		if (store.markSent(item.id(), item.claimedBy(), clock.instant(), receipt) == 0) {
			claimLost(item, reporting.words().taken() + (receipt == null ? "" : " (" + receipt + ")"));
			return false;
		}
		count(Outcome.SENT, item);
		return true;
	}

	/** Records a failed attempt: the item waits its back-off, or is DEAD when it was the last attempt. */
	public void failed(T item, String error) {
		int attempts = item.attempts() + 1;
		String why = error == null ? "unknown error" : error;
		String lastError = why.length() > MAX_ERROR_LENGTH ? why.substring(0, MAX_ERROR_LENGTH) : why;
		Instant now = clock.instant();
		if (policy.lastAttempt(attempts)) {
			// parked and alerted together: the operators hear of each dead item once
			Boolean parked = transactions.execute(tx -> {
				if (store.markDead(item.id(), item.claimedBy(), attempts, now, lastError) == 0) {
					return false;
				}
				reporting.deadAlert(item, attempts, lastError).ifPresent(events::publishEvent);
				return true;
			});
			if (!Boolean.TRUE.equals(parked)) {
				claimLost(item, lastError);
				return;
			}
			count(Outcome.DEAD, item);
			log.error("{} is DEAD after {} attempts (last: {}); {}", reporting.describe(item), attempts, lastError,
					reporting.whileDead(item));
			return;
		}
		Instant next = now.plus(policy.backoffAfter(attempts));
		if (store.markRetry(item.id(), item.claimedBy(), attempts, next, lastError) == 0) {
			claimLost(item, lastError);
			return;
		}
		count(Outcome.RETRY, item);
		log.warn("{} not {} (attempt {}): {}; next try at {}", reporting.describe(item), reporting.words().taken(), attempts,
				lastError, next);
	}

	/**
	 * Puts a DEAD item back in the queue with its attempts reset, due now.
	 *
	 * @return false when no DEAD item has this key (unknown, still pending, or already sent)
	 */
	public boolean requeue(K key) {
		boolean back = store.requeue(key, clock.instant()) == 1;
		if (back) {
			log.info(reporting.requeued(key));
		}
		return back;
	}

	/**
	 * The run that now holds the claim sends the item again and records what it hears (the peer sees the same
	 * idempotency key twice). Only a send outlasting claim-ttl, or a stalled node, gets here.
	 */
	private void claimLost(T item, String outcome) {
		count(Outcome.CLAIM_LOST, item);
		log.warn("{}: {}, but {} run {} lost its claim while sending (longer than {}.claim-ttl {}?); the run that "
				+ "holds it now records the outcome", reporting.describe(item), outcome, reporting.words().runs(),
				item.claimedBy(), policy.settings(), policy.claimTtl());
	}

	private void count(Outcome outcome, T item) {
		for (DeliveryMeter meter : reporting.meters(outcome, item)) {
			meters.counter(meter.name(), meter.tags().toArray(String[]::new)).increment();
		}
	}

	private static String capitalized(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
