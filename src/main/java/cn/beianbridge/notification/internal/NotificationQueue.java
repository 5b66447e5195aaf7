package cn.beianbridge.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.delivery.DeliveryQueue;
import cn.beianbridge.delivery.DeliveryQueues;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationDelivery;
import cn.beianbridge.notification.NotificationQuery;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;

/**
 * The notification table as a durable queue ({@link DeliveryQueue}): due rows are claimed for one send, by channel (so
 * two nodes never send the same row at once), each claim renewed before its send unless just made ({@link
 * ChannelSender}), and every send's outcome recorded: SENT, or retried with back-off, or DEAD after
 * {@code bridge.notifications.max-attempts}.
 */
class NotificationQueue implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(NotificationQueue.class);

	private final NotificationMapper mapper;

	/** Both channels: re-sends by hand. */
	private final DeliveryQueue<ClaimedNotification, Long> queue;

	/** Each channel claims only its own rows, as many as it has room to send. */
	private final Map<Channel, DeliveryQueue<ClaimedNotification, Long>> channels = new EnumMap<>(Channel.class);

	private final PersonalData personalData;

	NotificationQueue(NotificationMapper mapper, NotificationSettings settings, DeliveryQueues queues,
			PersonalData personalData) {
		this.mapper = mapper;
		this.personalData = personalData;
		this.queue = queues.queue(new NotificationStore(mapper, personalData, null), settings.delivery(),
				new NotificationReporting(), log);
		for (Channel channel : Channel.values()) {
			channels.put(channel, queues.queue(new NotificationStore(mapper, personalData, channel), settings.delivery(),
					new NotificationReporting(), log));
		}
	}

	/** Claims at most {@code limit} due notifications of the channel; an empty list when none is due. */
	List<ClaimedNotification> claimDue(Channel channel, int limit) {
		return channels.get(channel).claimDue(limit);
	}

	/** Gives a claimed notification back unsent (shutting down before its send began): due again at once. */
	void release(ClaimedNotification notification) {
		queue.release(List.of(notification));
	}

	/** False when the claim lapsed and another node took the notification: this one must not send it. */
	boolean renewClaim(ClaimedNotification notification) {
		return queue.renew(notification);
	}

	void record(SendOutcome outcome) {
		ClaimedNotification n = outcome.notification();
		if (!outcome.sent()) {
			queue.failed(n, outcome.error());
			return;
		}
		if (queue.sent(n, outcome.providerRef())) {
			// not the body or subject: they carry the customer's names and numbers
			log.info("Sent {} {} (notification {}) to {}{}", n.kind(), n.channel(), n.id(), NotificationReporting.mask(n),
					NotificationReporting.about(n));
		}
	}

	@Override
	public List<NotificationRecord> forFiling(String consoleFilingId) {
		return mapper.findByConsoleFilingId(consoleFilingId).stream().map(this::opened).toList();
	}

	@Override
	public List<NotificationRecord> withStatus(NotificationStatus status, int limit) {
		return mapper.findByStatus(status.name(), limit).stream().map(this::opened).toList();
	}

	// NotificationMapper.xml seals recipient, parameters, subject and body
	private NotificationRecord opened(NotificationRecord n) {
		return new NotificationRecord(n.id(), n.notificationKey(), n.kind(), n.channel(), personalData.open(n.recipient()),
				n.consoleFilingId(), n.templateCode(), personalData.open(n.templateParam()),
				personalData.open(n.subject()), personalData.open(n.body()), n.status(), n.attempts(), n.createdAt(),
				n.sentAt(), n.providerRef(), n.lastError());
	}

	@Override
	public List<NotificationDelivery> find(NotificationQuery query, int limit) {
		return mapper.findMatching(query, limit).stream().map(this::masked).toList();
	}

	@Override
	public long count(NotificationQuery query) {
		return mapper.countMatching(query);
	}

	@Override
	public Optional<NotificationDelivery> find(long id) {
		return Optional.ofNullable(mapper.findDelivery(id)).map(this::masked);
	}

	private NotificationDelivery masked(NotificationDelivery n) {
		return new NotificationDelivery(n.id(), n.kind(), n.channel(),
				NotificationReporting.mask(n.channel(), personalData.open(n.maskedRecipient())), n.consoleFilingId(),
				n.status(), n.attempts(), n.createdAt(), n.nextAttemptAt(), n.lastError());
	}

	@Override
	public boolean resend(long id) {
		return queue.requeue(id);
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

}
