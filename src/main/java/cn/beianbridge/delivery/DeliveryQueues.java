package cn.beianbridge.delivery;

import java.time.Clock;

import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.scheduling.ThisNode;

/** Builds each module's {@link DeliveryQueue} over its own store, with what every queue shares. */
@Component
public class DeliveryQueues {

	private final Clock clock;

	private final ThisNode node;

	private final MeterRegistry meters;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	public DeliveryQueues(Clock clock, ThisNode node, MeterRegistry meters, TransactionOperations transactions,
			ApplicationEventPublisher events) {
		this.clock = clock;
		this.node = node;
		this.meters = meters;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * A queue over {@code store}; it logs to {@code log}, the logger of the module's class that sends, so its lines
	 * keep their logger name and per-class levels.
	 */
	public <T extends ClaimedItem, K> DeliveryQueue<T, K> queue(DeliveryStore<T, K> store, DeliveryPolicy policy,
			DeliveryReporting<T, K> reporting, Logger log) {
		return new DeliveryQueue<>(store, policy, reporting, log, clock, node, meters, transactions, events);
	}

}
