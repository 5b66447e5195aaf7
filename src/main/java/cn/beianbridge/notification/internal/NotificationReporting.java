package cn.beianbridge.notification.internal;

import java.util.List;

import cn.beianbridge.delivery.DeliveryMeter;
import cn.beianbridge.delivery.DeliveryReporting;
import cn.beianbridge.notification.Channel;

/**
 * The notifications' words and meters ({@code bridge.notifications.*}, as the dashboards know them). No operator
 * alert for a DEAD notification: alerts travel as notifications, so when a channel is down they would die too.
 */
class NotificationReporting implements DeliveryReporting<ClaimedNotification, Long> {

	private static final String FAILURES = "bridge.notifications.failures";

	@Override
	public Words words() {
		return new Words("notification", "notifications", "sent");
	}

	@Override
	public String describe(ClaimedNotification n) {
		return "Notification " + n.id() + " (" + n.kind() + " " + n.channel() + " to " + mask(n) + about(n) + ")";
	}

	@Override
	public String whileDead(ClaimedNotification n) {
		return "kept, re-send with Notifications.resend(" + n.id() + ")";
	}

	@Override
	public String requeued(Long id) {
		return "Notification " + id + " is queued again";
	}

	@Override
	public List<DeliveryMeter> meters(Outcome outcome, ClaimedNotification n) {
		String channel = n.channel().name();
		switch (outcome) {
			case SENT:
				return List.of(DeliveryMeter.of("bridge.notifications.sent", "channel", channel, "kind", n.kind()));
			case RETRY:
				return List.of(DeliveryMeter.of(FAILURES, "channel", channel));
			case DEAD:
				return List.of(DeliveryMeter.of(FAILURES, "channel", channel),
						DeliveryMeter.of("bridge.notifications.dead", "channel", channel));
			default:
				return List.of();
		}
	}

	static String about(ClaimedNotification n) {
		return n.consoleFilingId() == null ? "" : " for console filing " + n.consoleFilingId();
	}

	/** Logs show whom, not the whole number or address: 138****8000, z***@example.com. */
	static String mask(ClaimedNotification n) {
		return mask(n.channel(), n.recipient());
	}

	static String mask(Channel channel, String to) {
		switch (channel) {
			case SMS:
				return to.length() < 8 ? "***" : to.substring(0, 3) + "****" + to.substring(to.length() - 4);
			default:
				int at = to.indexOf('@');
				return at <= 1 ? "***" + to.substring(Math.max(at, 0)) : to.charAt(0) + "***" + to.substring(at);
		}
	}

}
