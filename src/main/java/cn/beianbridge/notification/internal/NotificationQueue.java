package cn.beianbridge.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.ThisNode;

/**
 * The notification table as a durable queue: due rows are claimed for one send (a lease, so two nodes never
 * send the same row at once; a claim names this node incarnation, so a dead node's
 * claims are free once it is known dead, and run out after {@code claim-ttl} in any case), and every send's outcome is recorded:
 * SENT, or retried with back-off, or DEAD after {@code bridge.notifications.max-attempts}.
 */
class NotificationQueue implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(NotificationQueue.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final NotificationMapper mapper;

	private final NotificationSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ThisNode node;

	NotificationQueue(NotificationMapper mapper, NotificationSettings settings, Clock clock, MeterRegistry meters,
			ThisNode node) {
		this.node = node;
		this.mapper = mapper;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	/** Claims the due notifications for this poll; null when none is due. */
	List<ClaimedNotification> claimDue() {
		Instant now = clock.instant();
		// a dead node's claims are free at once; one dead before the claim time ago holds none that has not lapsed
		List<String> dead = node.deadIncarnations(now.minus(settings.claimTtl()));
		List<Long> ids = mapper.findDueIds(now, settings.batchSize(), dead);
		if (ids.isEmpty()) {
			return null;
		}
		String token = UUID.randomUUID().toString();
		if (mapper.claim(ids, token, node.incarnation(), dead, now.plus(settings.claimTtl()), now) == 0) {
			return null;
		}
		List<ClaimedNotification> claimed = mapper.findClaimed(token);
		return claimed.isEmpty() ? null : claimed;
	}

	void record(SendOutcome outcome) {
		ClaimedNotification n = outcome.notification();
		Instant now = clock.instant();
		if (outcome.sent()) {
			if (mapper.markSent(n.id(), n.claimedBy(), now, outcome.providerRef()) != 1) {
				log.warn("Notification {} was sent, but its claim had run out (bridge.notifications.claim-ttl too short?)",
						n.id());
			}
			meters.counter("bridge.notifications.sent", "channel", n.channel().name(), "kind", n.kind()).increment();
			// not the body or subject: they carry the customer's names and numbers
			log.info("Sent {} {} (notification {}) to {}{}", n.kind(), n.channel(), n.id(), mask(n), about(n));
			return;
		}
		int attempts = n.attempts() + 1;
		String error = outcome.error() == null ? "unknown error" : outcome.error();
		String lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
		meters.counter("bridge.notifications.failures", "channel", n.channel().name()).increment();
		if (attempts >= settings.maxAttempts()) {
			mapper.markFailed(n.id(), n.claimedBy(), NotificationStatus.DEAD.name(), attempts, now, lastError);
			meters.counter("bridge.notifications.dead", "channel", n.channel().name()).increment();
			log.error("Notification {} ({} {} to {}{}) is DEAD after {} attempts (last: {}); kept, re-send with "
					+ "Notifications.resend({})", n.id(), n.kind(), n.channel(), mask(n), about(n), attempts, lastError,
					n.id());
			return;
		}
		Instant next = now.plus(settings.backoffAfter(attempts));
		mapper.markFailed(n.id(), n.claimedBy(), NotificationStatus.PENDING.name(), attempts, next, lastError);
		log.warn("Notification {} ({} {} to {}{}) not sent (attempt {}): {}; next try at {}", n.id(), n.kind(),
				n.channel(), mask(n), about(n), attempts, lastError, next);
	}

	@Override
	public List<NotificationRecord> forFiling(String consoleFilingId) {
		return mapper.findByConsoleFilingId(consoleFilingId);
	}

	@Override
	public List<NotificationRecord> withStatus(NotificationStatus status, int limit) {
		return mapper.findByStatus(status.name(), limit);
	}

	@Override
	public boolean resend(long id) {
		boolean back = mapper.resend(id, clock.instant()) == 1;
		if (back) {
			log.info("Notification {} is queued again", id);
		}
		return back;
	}

	@Override
	public Map<NotificationStatus, Long> countByStatus() {
		Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
		for (NotificationStatus status : NotificationStatus.values()) {
			counts.put(status, count(status));
		}
		return counts;
	}

	long count(NotificationStatus status) {
		return mapper.countByStatus(status.name());
	}

	private static String about(ClaimedNotification n) {
		return n.consoleFilingId() == null ? "" : " for console filing " + n.consoleFilingId();
	}

	/** Logs show whom, not the whole number or address: 138****8000, z***@example.com. */
	static String mask(ClaimedNotification n) {
		String to = n.recipient();
		switch (n.channel()) {
			case SMS:
				return to.length() < 8 ? "***" : to.substring(0, 3) + "****" + to.substring(to.length() - 4);
			default:
				int at = to.indexOf('@');
				return at <= 1 ? "***" + to.substring(Math.max(at, 0)) : to.charAt(0) + "***" + to.substring(at);
		}
	}

}
