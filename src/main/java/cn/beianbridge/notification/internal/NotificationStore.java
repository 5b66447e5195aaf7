package cn.beianbridge.notification.internal;

import java.time.Instant;
import java.util.List;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.delivery.DeliveryStore;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationStatus;

/**
 * The notification table as a {@link DeliveryStore}: rows in id order, re-sent by id. A store of one channel finds
 * only that channel's due rows, so each channel claims as many as it has room to send.
 */
class NotificationStore implements DeliveryStore<ClaimedNotification, Long> {

	private final NotificationMapper mapper;

	private final PersonalData personalData;

	private final Channel channel;

	/** {@code channel}: the only channel whose due rows it finds; null for both. */
	NotificationStore(NotificationMapper mapper, PersonalData personalData, Channel channel) {
		this.mapper = mapper;
		this.personalData = personalData;
		this.channel = channel;
	}

	@Override
	public List<Long> findDue(Instant now, int limit, List<String> deadNodes) {
		return mapper.findDueIds(now, limit, deadNodes, channel == null ? null : channel.name());
	}

	@Override
	public int claim(List<Long> ids, String owner, String node, List<String> deadNodes, Instant now, Instant until) {
		return mapper.claim(ids, owner, node, deadNodes, until, now);
	}

	@Override
	public List<ClaimedNotification> findClaimed(List<Long> ids, String owner, Instant now) {
		return mapper.findClaimed(ids, owner, now).stream().map(this::opened).toList();
	}

	@Override
	public int renewClaim(long id, String owner, Instant until) {
		return mapper.renewClaim(id, owner, until);
	}

	/** The receipt is the provider's reference (the SMS gateway's request id, the mail's message id). */
	@Override
	public int markSent(long id, String owner, Instant at, String receipt) {
		return mapper.markSent(id, owner, at, receipt);
	}

	@Override
	public int markRetry(long id, String owner, int attempts, Instant nextAttemptAt, String lastError) {
		return mapper.markFailed(id, owner, NotificationStatus.PENDING.name(), attempts, nextAttemptAt, lastError);
	}

	@Override
	public int markDead(long id, String owner, int attempts, Instant at, String lastError) {
		return mapper.markFailed(id, owner, NotificationStatus.DEAD.name(), attempts, at, lastError);
	}

	@Override
	public int release(List<Long> ids, String owner) {
		return mapper.release(ids, owner);
	}

	@Override
	public int requeue(Long id, Instant now) {
		return mapper.resend(id, now);
	}

	// NotificationMapper.xml seals recipient, parameters, subject and body
	private ClaimedNotification opened(ClaimedNotification n) {
		return new ClaimedNotification(n.id(), n.notificationKey(), n.kind(), n.channel(), personalData.open(n.recipient()),
				n.consoleFilingId(), n.templateCode(), personalData.open(n.templateParam()),
				personalData.open(n.subject()), personalData.open(n.body()), n.attempts(), n.claimedBy());
	}

}
