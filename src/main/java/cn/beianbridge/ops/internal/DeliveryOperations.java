package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.ConsoleEventDelivery;
import cn.beianbridge.filing.ConsoleEvents;
import cn.beianbridge.notification.NotificationDelivery;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.sync.EventDelivery;

/**
 * Console events and notifications that did not get through: list them with their attempts and last error, and put a
 * DEAD one back in its queue (due now, attempts reset). All of them matching at once is a bulk action
 * ({@link RedeliverDeadEvents}, {@link ResendDeadNotifications}).
 */
@Service
public class DeliveryOperations {

	static final int LIST_LIMIT = 200;

	private final ConsoleEvents events;

	private final EventDelivery eventDelivery;

	private final Notifications notifications;

	private final OpsAudit audit;

	DeliveryOperations(ConsoleEvents events, EventDelivery eventDelivery, Notifications notifications,
			OpsAudit audit) {
		this.events = events;
		this.eventDelivery = eventDelivery;
		this.notifications = notifications;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('VIEWER')")
	public List<ConsoleEventDelivery> events(DeliveryFilter filter) {
		return events.find(filter.events(), LIST_LIMIT);
	}

	@PreAuthorize("hasRole('VIEWER')")
	public long countEvents(DeliveryFilter filter) {
		return events.count(filter.events());
	}

	@PreAuthorize("hasRole('VIEWER')")
	public List<NotificationDelivery> notifications(DeliveryFilter filter) {
		return notifications.find(filter.notifications(), LIST_LIMIT);
	}

	@PreAuthorize("hasRole('VIEWER')")
	public long countNotifications(DeliveryFilter filter) {
		return notifications.count(filter.notifications());
	}

	/** Puts a DEAD console event back in the queue: the next sync run sends it (and then its filing's later ones). */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void redeliverEvent(String eventId, String reason) {
		String why = OpsProblem.requireReason(reason);
		ConsoleEventDelivery event = events.find(eventId)
			.orElseThrow(() -> OpsProblem.notFound("no console event " + eventId));
		if (!DeliveryFilter.DEAD.equals(event.status()) || !eventDelivery.redeliver(eventId)) {
			throw OpsProblem.refused("event " + eventId + " is " + event.status() + ", not DEAD");
		}
		audit.record(Change.of("event.redeliver", "event:" + eventId, why, "back in the queue, due now")
			.states(deadState(event.attempts(), event.lastError()), "PENDING"));
	}

	/** Puts a DEAD notification back in the queue: the next delivery poll sends it. */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void resendNotification(long id, String reason) {
		String why = OpsProblem.requireReason(reason);
		NotificationDelivery notification = notifications.find(id)
			.orElseThrow(() -> OpsProblem.notFound("no notification " + id));
		if (notification.status() != NotificationStatus.DEAD || !notifications.resend(id)) {
			throw OpsProblem.refused("notification " + id + " is " + notification.status() + ", not DEAD");
		}
		audit.record(Change.of("notification.resend", "notification:" + id, why, "back in the queue, due now")
			.states(deadState(notification.attempts(), notification.lastError()), "PENDING"));
	}

	static String deadState(int attempts, String lastError) {
		return "DEAD after " + attempts + " attempt(s)" + (lastError == null ? "" : ": " + lastError);
	}

}
