package cn.beianbridge.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionOperations;

import cn.beianbridge.notification.Channel;

/**
 * Records one channel's send outcomes on a thread of its own, those that arrived meanwhile in one transaction: a
 * sending thread goes on to its next send at once, and a backlog costs one commit per batch, not one per message.
 * A crash before the commit leaves the batch claimed and unrecorded, so it is sent again once the claim is free, under
 * the same key, which the gateway (outId) and mail systems (Message-ID) drop as a repeat.
 */
class OutcomeRecorder {

	private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

	private static final int MAX_BATCH = 200;

	private final NotificationQueue queue;

	private final TransactionOperations transactions;

	/** Told of each outcome once it is recorded (or could not be). */
	private final Consumer<SendOutcome> recorded;

	private final ConcurrentLinkedQueue<SendOutcome> outcomes = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean draining = new AtomicBoolean();

	private final ThreadPoolExecutor thread;

	OutcomeRecorder(Channel channel, NotificationQueue queue, TransactionOperations transactions,
			Consumer<SendOutcome> recorded) {
		this.queue = queue;
		this.transactions = transactions;
		this.recorded = recorded;
		this.thread = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				new CustomizableThreadFactory("notification-" + channel.name().toLowerCase(Locale.ROOT) + "-record-"));
		this.thread.allowCoreThreadTimeOut(true);
	}

	void record(SendOutcome outcome) {
		outcomes.add(outcome);
		if (draining.compareAndSet(false, true)) {
			thread.execute(this::drain);
		}
	}

	/** Records what is left, then stops; {@code grace} at most. */
	void finish(Duration grace) {
		thread.shutdown();
		try {
			thread.awaitTermination(Math.max(grace.toMillis(), 0), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void drain() {
		while (true) {
			List<SendOutcome> batch = new ArrayList<>();
			SendOutcome next;
			while (batch.size() < MAX_BATCH && (next = outcomes.poll()) != null) {
				batch.add(next);
			}
			if (batch.isEmpty()) {
				draining.set(false);
				// one added between the poll and the flag would otherwise wait for the next outcome
				if (outcomes.isEmpty() || !draining.compareAndSet(false, true)) {
					return;
				}
				continue;
			}
			recordAll(batch);
		}
	}

	private void recordAll(List<SendOutcome> batch) {
		try {
			transactions.executeWithoutResult(tx -> batch.forEach(queue::record));
		}
		catch (RuntimeException batchFailed) {
			// one at a time, so one outcome the database refuses does not leave the others unrecorded
			for (SendOutcome outcome : batch) {
				try {
					queue.record(outcome);
				}
				catch (RuntimeException ex) {
					log.error("Notification {} ({}): its outcome could not be recorded; sent again once its claim is "
							+ "free", outcome.notification().id(), outcome.notification().channel(), ex);
				}
			}
		}
		finally {
			batch.forEach(recorded);
		}
	}

}
