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

import cn.beianbridge.notification.Channel;

/**
 * Sends one channel's notifications on threads of its own, at most {@code concurrency} at once. A notification is
 * claimed only when a thread is free for it, so none sits claimed in a local queue while another node could send it,
 * and a slow peer fills its own channel's threads, never the other channel's.
 */
class ChannelSender {

	private static final Logger log = LoggerFactory.getLogger(ChannelSender.class);

	private final Channel channel;

	private final int concurrency;

	/** Claimed at once, at most ({@code bridge.notifications.batch-size}). */
	private final int claimLimit;

	private final NotificationQueue queue;

	private final Function<ClaimedNotification, SendOutcome> send;

	private final Runnable sendEnded;

	private final ThreadPoolExecutor threads;

	/** Handed to a thread and not yet recorded: what the channel's peer may be busy with. */
	private final AtomicInteger inFlight = new AtomicInteger();

	/**
	 * @param claimLimit notifications claimed at once, at most
	 * @param send the send itself (the SMS gateway's or SMTP's)
	 * @param sendEnded told after each send, so the dispatcher can claim for the free thread at once
	 */
	ChannelSender(Channel channel, int concurrency, int claimLimit, NotificationQueue queue,
			Function<ClaimedNotification, SendOutcome> send, Runnable sendEnded) {
		this.channel = channel;
		this.concurrency = concurrency;
		this.claimLimit = claimLimit;
		this.queue = queue;
		this.send = send;
		this.sendEnded = sendEnded;
		// room is counted before a task is handed over, so the queue holds at most the moment a thread takes to return
		this.threads = new ThreadPoolExecutor(concurrency, concurrency, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(concurrency),
				new CustomizableThreadFactory("notification-" + channel.name().toLowerCase(Locale.ROOT) + "-"));
		// an idle node holds no sending threads
		this.threads.allowCoreThreadTimeOut(true);
	}

	Channel channel() {
		return channel;
	}

	int inFlight() {
		return inFlight.get();
	}

	/**
	 * Claims due notifications for the free threads and hands them over, once at least half of the threads are free
	 * (claiming for each thread as it frees up would cost a claim's statements per send).
	 *
	 * @return false when fewer were due than there was room for: the channel's backlog is drained
	 */
	synchronized boolean topUp() {
		int room;
		while ((room = concurrency - inFlight.get()) >= (concurrency + 1) / 2) {
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

	private void hand(ClaimedNotification notification) {
		inFlight.incrementAndGet();
		try {
			threads.execute(new Send(notification));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: never sent, so due again for whichever node runs next
			inFlight.decrementAndGet();
			queue.release(notification);
		}
	}

	/** Takes no more sends; those in flight go on. */
	void stopTaking() {
		threads.shutdown();
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
	}

	/** One notification's send on a thread of the channel: claim renewed, sent, outcome recorded. */
	private final class Send implements Runnable {

		private final ClaimedNotification notification;

		Send(ClaimedNotification notification) {
			this.notification = notification;
		}

		ClaimedNotification notification() {
			return notification;
		}

		@Override
		public void run() {
			try {
				// renewed just before the send: one whose claim lapsed to another node is that node's to send
				if (queue.renewClaim(notification)) {
					SendOutcome outcome = guarded();
					if (!outcome.sent() && Thread.interrupted()) {
						// stopped mid-send: not the peer's failure, so no attempt is spent; due again at once
						queue.release(notification);
					}
					else {
						queue.record(outcome);
					}
				}
			}
			catch (RuntimeException ex) {
				// the database failed us: the claim lapses, and the send is repeated under the same key
				log.error("Notification {} ({}): its outcome could not be recorded; sent again once its claim lapses",
						notification.id(), channel, ex);
			}
			finally {
				inFlight.decrementAndGet();
				sendEnded.run();
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
