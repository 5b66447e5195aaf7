package cn.beianbridge.notification.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Drains each channel's due notifications through its {@link ChannelSender}, all channels side by side: a poll lasts
 * while a backlog does, and the channels claim and send apart, so a slow SMS gateway never holds the mail back, nor
 * the reverse.
 */
class NotificationDispatcher implements DisposableBean {

	/** Longer than the SMS gateway's connect and read timeouts (5 s + 15 s): a send under way gets its answer. */
	static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

	private final List<ChannelSender> senders = new ArrayList<>();

	private final Duration pollInterval;

	private volatile boolean closing;

	/**
	 * The delivery poller's threads, one per channel: a poll lasts as long as a backlog, and on the scheduler the other
	 * pollers share (one thread by default) it would hold back the planning of new notifications for that long.
	 */
	private final ThreadPoolTaskScheduler pollThreads = new ThreadPoolTaskScheduler();

	NotificationDispatcher(Duration pollInterval, int channels) {
		this.pollInterval = pollInterval;
		pollThreads.setThreadNamePrefix("notification-dispatch-");
		pollThreads.setPoolSize(channels);
		pollThreads.initialize();
	}

	void add(ChannelSender sender) {
		senders.add(sender);
	}

	/** Where the delivery poller runs. */
	TaskScheduler pollThread() {
		return pollThreads;
	}

	/** Claims and hands over due notifications until no channel has any left; returns soon once stopped. */
	void dispatchDue() throws InterruptedException {
		if (closing) {
			return;
		}
		// the other channels on threads of their own, the first on the poller's
		List<Future<?>> others = new ArrayList<>();
		for (ChannelSender sender : senders.subList(1, senders.size())) {
			others.add(pollThreads.submit(() -> {
				sender.drain(pollInterval);
				return null;
			}));
		}
		try {
			senders.get(0).drain(pollInterval);
			for (Future<?> other : others) {
				other.get();
			}
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(ex.getCause());
		}
		finally {
			// stopped (the poller interrupts its thread) or failed: the other channels stop claiming too
			others.forEach(other -> other.cancel(true));
		}
	}

	/** With the context: no more claims; sends in flight finish, or give their notification back. */
	@Override
	public void destroy() {
		closing = true;
		pollThreads.shutdown();
		senders.forEach(ChannelSender::stopTaking);
		// one grace for all channels, not one after the other
		long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
		for (ChannelSender sender : senders) {
			sender.finish(Duration.ofNanos(deadline - System.nanoTime()));
		}
	}

}
