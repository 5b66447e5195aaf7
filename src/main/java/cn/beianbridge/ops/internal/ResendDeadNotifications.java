package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.notification.NotificationDelivery;
import cn.beianbridge.notification.Notifications;

/** "Re-send every DEAD notification matching" the deliveries page's filters. */
@Component
class ResendDeadNotifications implements BulkAction {

	private final Notifications notifications;

	ResendDeadNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String name() {
		return "notifications.resend";
	}

	@Override
	public String describe() {
		return "Re-send every DEAD notification matching";
	}

	@Override
	public String listPage(BulkQuery query) {
		return "/ops/deliveries?" + query.with("kind", "notification").with("status", DeliveryFilter.DEAD);
	}

	@Override
	public long count(BulkQuery query) {
		return notifications.count(filter(query).notifications());
	}

	@Override
	public List<String> sample(BulkQuery query, int n) {
		return notifications.find(filter(query).notifications(), n)
			.stream()
			.map(m -> m.kind() + " " + m.channel() + " to " + m.maskedRecipient()
					+ (m.consoleFilingId() == null ? "" : " about " + m.consoleFilingId()) + " (notification " + m.id()
					+ "): " + DeliveryOperations.deadState(m.attempts(), m.lastError()))
			.toList();
	}

	@Override
	public List<String> select(BulkQuery query, int limit) {
		return notifications.find(filter(query).notifications(), limit)
			.stream()
			.map(m -> Long.toString(m.id()))
			.toList();
	}

	@Override
	public BulkItemOutcome apply(String target, BulkRun run) {
		long id = Long.parseLong(target);
		if (notifications.resend(id)) {
			return BulkItemOutcome.done("back in the queue, due now");
		}
		return BulkItemOutcome.skipped("not DEAD any more: "
				+ notifications.find(id).map(m -> m.status().name()).orElse("gone (purged)"));
	}

	private static DeliveryFilter filter(BulkQuery query) {
		return DeliveryFilter.dead(query, DeliveryFilter.Kind.NOTIFICATION);
	}

}
