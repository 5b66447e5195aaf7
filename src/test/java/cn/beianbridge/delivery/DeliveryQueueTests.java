package cn.beianbridge.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import cn.beianbridge.delivery.InMemoryDeliveryStore.Item;
import cn.beianbridge.scheduling.ThisNode;
import cn.beianbridge.shared.OperatorAlert;
import cn.beianbridge.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queue's mechanics over a store in memory, on a clock the test moves. */
class DeliveryQueueTests {

	private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final InMemoryDeliveryStore store = new InMemoryDeliveryStore();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final List<Object> published = new ArrayList<>();

	private final Node node = new Node("node-a#1111");

	private final DeliveryQueue<Item, Long> queue = queue(node, new DeliveryPolicy("bridge.test", Duration.ofSeconds(30),
			Duration.ofMinutes(4), 3, 10, Duration.ofMinutes(5)));

	@Test
	void nothingDueIsAnEmptyListAndClaimsNothing() {
		store.add(1, START.plusSeconds(60));

		assertThat(queue.claimDue()).isNotNull().isEmpty();
		assertThat(store.row(1).claimedBy).isNull();
	}

	@Test
	void aClaimNamesThisRunOfThisNodeAndKeepsOtherRunsAway() {
		store.add(1, START);
		store.add(2, START);

		List<Item> mine = queue.claimDue();

		assertThat(mine).extracting(Item::id).containsExactly(1L, 2L);
		assertThat(mine.get(0).claimedBy()).startsWith("node-a#1111/");
		assertThat(store.row(1).claimedNode).isEqualTo("node-a#1111");
		assertThat(store.row(1).claimedUntil).isEqualTo(START.plus(Duration.ofMinutes(5)));
		assertThat(queue(new Node("node-b#2222"), policy(3)).claimDue()).as("another node's run, while the claim holds")
			.isEmpty();
	}

	@Test
	void eachFailedAttemptWaitsTwiceAsLongUpToTheCap() {
		store.add(1, START);
		List<Duration> waits = new ArrayList<>();
		// a cap that doubling does not land on: 30 s, 1 m, 2 m, then 3 m, not 4 m
		DeliveryQueue<Item, Long> patient = queue(node, new DeliveryPolicy("bridge.test", Duration.ofSeconds(30),
				Duration.ofMinutes(3), 10, 10, Duration.ofMinutes(5)));

		for (int attempt = 1; attempt <= 6; attempt++) {
			List<Item> due = patient.claimDue();
			assertThat(due).as("attempt %d", attempt).hasSize(1);
			patient.failed(due.get(0), "HTTP 503");
			Duration wait = Duration.between(clock.instant(), store.row(1).nextAttemptAt);
			waits.add(wait);
			clock.advance(wait.minusSeconds(1));
			assertThat(patient.claimDue()).as("a second before its back-off ends").isEmpty();
			clock.advance(Duration.ofSeconds(1));
		}

		assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
				Duration.ofMinutes(3), Duration.ofMinutes(3), Duration.ofMinutes(3));
		assertThat(store.row(1).attempts).isEqualTo(6);
		assertThat(store.row(1).lastError).isEqualTo("HTTP 503");
		assertThat(meters.counter("test.deliveries", "result", "retry").count()).isEqualTo(6);
	}

	@Test
	void theLastAttemptParksTheItemDeadWithOneAlertAndItIsNotTriedAgain() {
		store.add(1, START);

		for (int attempt = 1; attempt <= 3; attempt++) {
			queue.failed(queue.claimDue().get(0), "HTTP 400: bad event");
			clock.advance(Duration.ofHours(1));
		}

		assertThat(store.row(1).status).isEqualTo("DEAD");
		assertThat(store.row(1).attempts).isEqualTo(3);
		assertThat(queue.claimDue()).isEmpty();
		assertThat(published).singleElement()
			.isEqualTo(new OperatorAlert(OperatorAlert.Kind.EVENT_DEAD, "1",
					Map.of("attempts", "3", "lastError", "HTTP 400: bad event")));
		assertThat(meters.counter("test.deliveries", "result", "dead").count()).isEqualTo(1);
		assertThat(meters.counter("test.deliveries", "result", "retry").count()).isEqualTo(2);
	}

	@Test
	void aRenewedClaimOutlastsItsFirstTtlAndOneTakenByAnotherRunIsLeftToIt() {
		store.add(1, START);
		store.add(2, START);
		List<Item> mine = queue.claimDue();

		clock.advance(Duration.ofMinutes(4));
		assertThat(queue.renew(mine.get(0))).isTrue();
		assertThat(store.row(1).claimedUntil).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

		// item 2's claim lapsed and another node's run took it
		clock.advance(Duration.ofMinutes(2));
		List<Item> theirs = queue(new Node("node-b#2222"), policy(3)).claimDue();
		assertThat(theirs).extracting(Item::id).containsExactly(2L);
		assertThat(queue.renew(mine.get(1))).isFalse();
		assertThat(queue.sent(mine.get(1), "HTTP 200")).as("not this run's to record").isFalse();
		assertThat(store.row(2).claimedBy).isEqualTo(theirs.get(0).claimedBy());
		assertThat(meters.counter("test.deliveries", "result", "claim-lost").count()).isEqualTo(1);

		assertThat(queue.sent(mine.get(0), "ref-1")).isTrue();
		assertThat(store.row(1).status).isEqualTo("SENT");
		assertThat(store.row(1).receipt).isEqualTo("ref-1");
	}

	@Test
	void aDeadNodesClaimIsFreeAtOnce() {
		store.add(1, START);
		Node nodeB = new Node("node-b#2222");
		queue(nodeB, policy(3)).claimDue();

		assertThat(queue.claimDue()).as("a live node's claim holds").isEmpty();
		node.dead.add("node-b#2222");
		assertThat(queue.claimDue()).extracting(Item::id).containsExactly(1L);
	}

	@Test
	void aRequeuedDeadItemStartsOverDueNowAndOnlyDeadItemsRequeue() {
		store.add(1, START);
		store.add(2, START.plus(Duration.ofDays(1)));
		for (int attempt = 1; attempt <= 3; attempt++) {
			queue.failed(queue.claimDue().get(0), "no answer");
			clock.advance(Duration.ofMinutes(5));
		}

		assertThat(queue.requeue(2L)).as("still pending").isFalse();
		assertThat(queue.requeue(9L)).as("unknown").isFalse();
		assertThat(queue.requeue(1L)).isTrue();

		assertThat(store.row(1).attempts).isZero();
		List<Item> again = queue.claimDue();
		assertThat(again).extracting(Item::id).containsExactly(1L);
		queue.failed(again.get(0), "no answer");
		assertThat(store.row(1).status).as("a fresh set of attempts").isEqualTo("PENDING");
	}

	@Test
	void releasedClaimsAreFreeForTheNextRun() {
		store.add(1, START);
		List<Item> mine = queue.claimDue();

		queue.release(mine);

		assertThat(store.row(1).claimedBy).isNull();
		assertThat(queue.claimDue()).extracting(Item::id).containsExactly(1L);
	}

	@Test
	void nonsenseSettingsAreRefusedByName() {
		assertThatThrownBy(() -> new DeliveryPolicy("bridge.x", Duration.ZERO, Duration.ofHours(1), 3, 10,
				Duration.ofMinutes(5))).hasMessage("bridge.x.initial-backoff must be positive, was PT0S");
		assertThatThrownBy(() -> new DeliveryPolicy("bridge.x", Duration.ofMinutes(2), Duration.ofMinutes(1), 3, 10,
				Duration.ofMinutes(5))).hasMessageContaining("bridge.x.max-backoff must be at least bridge.x.initial-backoff");
		assertThatThrownBy(() -> policy(0)).hasMessageContaining("bridge.test.max-attempts");
		assertThatThrownBy(() -> new DeliveryPolicy("bridge.x", Duration.ofSeconds(1), Duration.ofSeconds(1), 3, 0,
				Duration.ofMinutes(5))).hasMessageContaining("bridge.x.batch-size");
	}

	private DeliveryPolicy policy(int maxAttempts) {
		return new DeliveryPolicy("bridge.test", Duration.ofSeconds(30), Duration.ofMinutes(4), maxAttempts, 10,
				Duration.ofMinutes(5));
	}

	private DeliveryQueue<Item, Long> queue(ThisNode node, DeliveryPolicy policy) {
		return new DeliveryQueues(clock, node, meters, TransactionOperations.withoutTransaction(), published::add)
			.queue(store, policy, new Reporting(), LoggerFactory.getLogger(DeliveryQueueTests.class));
	}

	private static final class Node implements ThisNode {

		private final String incarnation;

		final List<String> dead = new ArrayList<>();

		Node(String incarnation) {
			this.incarnation = incarnation;
		}

		@Override
		public String incarnation() {
			return incarnation;
		}

		@Override
		public List<String> deadIncarnations(Instant since) {
			return dead;
		}

	}

	private static final class Reporting implements DeliveryReporting<Item, Long> {

		@Override
		public Words words() {
			return new Words("test", "items", "taken");
		}

		@Override
		public String describe(Item item) {
			return "Item " + item.id();
		}

		@Override
		public String whileDead(Item item) {
			return "requeue it";
		}

		@Override
		public String requeued(Long id) {
			return "Item " + id + " is queued again";
		}

		@Override
		public List<DeliveryMeter> meters(Outcome outcome, Item item) {
			return List.of(DeliveryMeter.of("test.deliveries", "result", outcome.name().toLowerCase().replace('_', '-')));
		}

		@Override
		public Optional<OperatorAlert> deadAlert(Item item, int attempts, String lastError) {
			return Optional.of(new OperatorAlert(OperatorAlert.Kind.EVENT_DEAD, Long.toString(item.id()),
					Map.of("attempts", Integer.toString(attempts), "lastError", lastError)));
		}

	}

}
