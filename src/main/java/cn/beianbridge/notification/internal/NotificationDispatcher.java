package cn.beianbridge.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Hands the due notifications to their channel's {@link ChannelSender}, each channel as fast as its own limit allows.
 * One poll keeps topping the channels up while a backlog lasts, waking whenever a send ends, and ends once no channel
 * has anything due: a slow SMS gateway never holds the mail back, nor the reverse.
 */
class NotificationDispatcher implements DisposableBean {

	/** Longer than the SMS gateway's connect and read timeouts (5 s + 15 s): a send under way gets its answer. */
	static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

	private final List<ChannelSender> senders = new ArrayList<>();

	private final Duration pollInterval;

	private final Object monitor = new Object();

	/** Sends ended so far: a send that ends between a top-up and the wait is not missed. */
	private long sendsEnded;

	private volatile boolean closing;

	/**
	 * The delivery poller's own thread: a poll lasts as long as a backlog, and on the scheduler the other pollers share
	 * (one thread by default) it would hold back the planning of new notifications for that long.
	 */
	private final ThreadPoolTaskScheduler pollThread = new ThreadPoolTaskScheduler();

	NotificationDispatcher(Duration pollInterval) {
		this.pollInterval = pollInterval;
		pollThread.setThreadNamePrefix("notification-dispatch-");
		pollThread.initialize();
	}

	/** Where the delivery poller runs. */
	TaskScheduler pollThread() {
		return pollThread;
	}

	/** Told by each channel's threads after every send. */
	void sendEnded() {
		synchronized (monitor) {
			sendsEnded++;
			monitor.notifyAll();
		}
	}

	void add(ChannelSender sender) {
		senders.add(sender);
	}

	List<ChannelSender> senders() {
		return List.copyOf(senders);
	}

	/** Claims and hands over due notifications until no channel has any left; returns at once when stopped. */
	void dispatchDue() {
		List<ChannelSender> busy = new ArrayList<>(senders);
		try {
			while (!busy.isEmpty() && !closing && !Thread.currentThread().isInterrupted()) {
				long seen;
				synchronized (monitor) {
					seen = sendsEnded;
				}
				busy.removeIf(sender -> !sender.topUp());
				if (!busy.isEmpty()) {
					awaitASend(seen);
				}
			}
		}
		catch (InterruptedException ex) {
			// the poller stopped: what is in flight finishes, nothing more is claimed
			Thread.currentThread().interrupt();
		}
	}

	private void awaitASend(long seen) throws InterruptedException {
		long deadline = System.nanoTime() + pollInterval.toNanos();
		synchronized (monitor) {
			long left;
			while (sendsEnded == seen && (left = deadline - System.nanoTime()) > 0) {
				TimeUnit.NANOSECONDS.timedWait(monitor, left);
			}
		}
	}

	/** With the context: no more claims; sends in flight finish, or give their notification back. */
	@Override
	public void destroy() {
		closing = true;
		pollThread.shutdown();
		senders.forEach(ChannelSender::stopTaking);
		// one grace for all channels, not one after the other
		long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
		for (ChannelSender sender : senders) {
			sender.finish(Duration.ofNanos(deadline - System.nanoTime()));
		}
	}

}
