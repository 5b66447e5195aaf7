package cn.beianbridge.notification.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionOperations;

import cn.beianbridge.notification.Channel;

/**
 * Sends one channel's notifications on threads of its own, at most {@code concurrency} at once. It claims a few times
 * as many as it has threads, so each thread finds its next notification waiting instead of waiting for a claim, while
 * a node holds no more claims than it sends within about two sends' time; a slow peer fills its own channel's threads,
 * never the other channel's.
 */
class ChannelSender {

	private static final Logger log = LoggerFactory.getLogger(ChannelSender.class);

	/** Handed over at once, at most, in threads: one lot being sent, one waiting, one being recorded. */
	private static final int WINDOW = 3;

	/**
	 * A claim older than this is renewed before its send. Younger, it cannot have lapsed (claim-ttl is minutes), and
	 * renewing it would only narrow the window in which a node wrongly taken for dead loses it from some milliseconds
	 * to fewer: sends wait for a thread about one send's time.
	 */
	private static final Duration RENEW_AFTER = Duration.ofSeconds(1);

	private final Channel channel;

	private final int concurrency;

	/** Claimed at once, at most ({@code bridge.notifications.batch-size}). */
	private final int claimLimit;

	private final NotificationQueue queue;

	private final Function<ClaimedNotification, SendOutcome> send;

	private final ThreadPoolExecutor threads;

	private final OutcomeRecorder recorder;

	/** Claimed and handed over: waiting for a thread, being sent, or waiting to be recorded. */
	private final AtomicInteger handed = new AtomicInteger();

	/** Being sent right now: what the channel's peer is busy with. */
	private final AtomicInteger inFlight = new AtomicInteger();

	private final Object monitor = new Object();

	/** Notifications done with so far: one done between a top-up and the wait is not missed. */
	private long ended;

	/**
	 * @param claimLimit notifications claimed at once, at most
	 * @param send the send itself (the SMS gateway's or SMTP's)
	 */
	ChannelSender(Channel channel, int concurrency, int claimLimit, NotificationQueue queue,
			TransactionOperations transactions, Function<ClaimedNotification, SendOutcome> send) {
		this.channel = channel;
		this.concurrency = concurrency;
		this.claimLimit = claimLimit;
		this.queue = queue;
		this.send = send;
		// never more handed over than WINDOW times the threads (topUp), so the queue never refuses one
		this.threads = new ThreadPoolExecutor(concurrency, concurrency, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(WINDOW * concurrency),
				new CustomizableThreadFactory("notification-" + channel.name().toLowerCase(Locale.ROOT) + "-"));
		// an idle node holds no sending threads
		this.threads.allowCoreThreadTimeOut(true);
		this.recorder = new OutcomeRecorder(channel, queue, transactions, outcome -> ended());
	}

	int inFlight() {
		return inFlight.get();
	}

	/**
	 * Claims due notifications and hands them over, once there is room for as many as there are threads: a claim's
	 * statements are shared by that many sends, and the threads find the next one waiting while the last are recorded.
	 *
	 * @return false when fewer were due than there was room for: the channel's backlog is drained
	 */
	synchronized boolean topUp() {
		int room;
		while ((room = WINDOW * concurrency - handed.get()) >= concurrency) {
			int asked = Math.min(room, claimLimit);
			List<ClaimedNotification> claimed = queue.claimDue(channel, asked);
			for (ClaimedNotification notification : claimed) {
				hand(notification);
			}
			if (claimed.size() < asked) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Claims and hands over due notifications until the channel has none left, waking whenever one is done with (at
	 * least every {@code maxWait}); returns when interrupted.
	 */
	void drain(Duration maxWait) throws InterruptedException {
		while (!Thread.currentThread().isInterrupted()) {
			long seen;
			synchronized (monitor) {
				seen = ended;
			}
			if (!topUp()) {
				return;
			}
			long deadline = System.nanoTime() + maxWait.toNanos();
			synchronized (monitor) {
				long left;
				while (ended == seen && (left = deadline - System.nanoTime()) > 0) {
					TimeUnit.NANOSECONDS.timedWait(monitor, left);
				}
			}
		}
	}

	/** A notification handed over is done with: sent and recorded, or not this node's to send, or given back. */
	private void ended() {
		handed.decrementAndGet();
		synchronized (monitor) {
			ended++;
			monitor.notifyAll();
		}
	}

	private void hand(ClaimedNotification notification) {
		handed.incrementAndGet();
		try {
			threads.execute(new Send(notification));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: never sent, so due again for whichever node runs next
			handed.decrementAndGet();
			queue.release(notification);
		}
	}

	/** Takes no more sends, and gives back those waiting for a thread; the sends in flight go on. */
	void stopTaking() {
		threads.shutdown();
		List<Runnable> waiting = new java.util.ArrayList<>();
		threads.getQueue().drainTo(waiting);
		for (Runnable send : waiting) {
			queue.release(((Send) send).notification());
			ended();
		}
	}

	/**
	 * Lets the sends in flight finish within {@code grace}; then interrupts the rest, whose notifications go back
	 * unsent (the peer drops a repeat by its key should one have reached it).
	 */
	void finish(Duration grace) {
		threads.shutdown();
		try {
			if (!threads.awaitTermination(Math.max(grace.toMillis(), 0), TimeUnit.MILLISECONDS)) {
				log.warn("{} {} send(s) still in flight after {}: interrupted, their notifications are given back",
						inFlight.get(), channel, grace);
				for (Runnable waiting : threads.shutdownNow()) {
					queue.release(((Send) waiting).notification());
				}
				threads.awaitTermination(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			threads.shutdownNow();
			Thread.currentThread().interrupt();
		}
		// what was sent is recorded before the database goes
		recorder.finish(Duration.ofSeconds(10));
	}

	/** One notification's send on a thread of the channel: claim renewed if not fresh, sent, outcome to the recorder. */
	private final class Send implements Runnable {

		private final ClaimedNotification notification;

		private final long claimedAt = System.nanoTime();

		Send(ClaimedNotification notification) {
			this.notification = notification;
		}

		ClaimedNotification notification() {
			return notification;
		}

		@Override
		public void run() {
			inFlight.incrementAndGet();
			boolean recording = false;
			try {
				// one whose claim lapsed to another node is that node's to send; a claim made a moment ago is renewed
				// by having been made (two statements per message, not three, on a backlog)
				if (System.nanoTime() - claimedAt < RENEW_AFTER.toNanos() || queue.renewClaim(notification)) {
					SendOutcome outcome = guarded();
					if (!outcome.sent() && Thread.interrupted()) {
						// stopped mid-send: not the peer's failure, so no attempt is spent; due again at once
						queue.release(notification);
					}
					else {
						recorder.record(outcome);
						recording = true;
					}
				}
			}
			catch (RuntimeException ex) {
				// the database failed us: the claim lapses, and the send is repeated under the same key
				log.error("Notification {} ({}) could not be sent; sent again once its claim is free", notification.id(),
						channel, ex);
			}
			finally {
				inFlight.decrementAndGet();
				if (!recording) {
					ended();
				}
			}
		}

		/** A send that throws counts as a failed attempt, so it is retried and, in the end, parked: never stuck. */
		private SendOutcome guarded() {
			try {
				return send.apply(notification);
			}
			catch (RuntimeException ex) {
				return SendOutcome.failed(notification, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}

	}

}
