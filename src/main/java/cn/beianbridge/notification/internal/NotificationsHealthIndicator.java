package cn.beianbridge.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.SmsGatewaySettings;

/**
 * The health component {@code notifications}: DEGRADED while a notification is parked (DEAD) or a channel
 * has nowhere to send; the details say how many wait and where they would go.
 */
@Component
class NotificationsHealthIndicator implements HealthIndicator {

	private static final Status DEGRADED = new Status("DEGRADED");

	private final NotificationQueue queue;

	private final NotificationSettings settings;

	private final SmsGatewaySettings sms;

	private final ObjectProvider<JavaMailSender> mail;

	NotificationsHealthIndicator(NotificationQueue queue, NotificationSettings settings, SmsGatewaySettings sms,
			ObjectProvider<JavaMailSender> mail) {
		this.queue = queue;
		this.settings = settings;
		this.sms = sms;
		this.mail = mail;
	}

	@Override
	public Health health() {
		long dead = queue.count(NotificationStatus.DEAD);
		long pending = queue.count(NotificationStatus.PENDING);
		boolean smsReady = sms.configured();
		boolean mailReady = mail.getIfAvailable() != null;
		// a node that does not send (bridge.notifications.enabled=false) needs no channel of its own
		boolean channelsMissing = settings.enabled() && (!smsReady || !mailReady);
		Health.Builder health = (dead > 0 || channelsMissing) ? Health.status(DEGRADED) : Health.up();
		health.withDetail("enabled", settings.enabled())
			.withDetail("pending", pending)
			.withDetail("dead", dead)
			.withDetail("smsGateway", smsReady ? sms.baseUrl() : "not configured (bridge.sms.base-url)")
			.withDetail("smtp", mailReady ? "configured" : "not configured (spring.mail.host)");
		if (dead > 0) {
			health.withDetail("message", dead + " notification(s) parked after every attempt failed; see the ERROR "
					+ "lines, fix the cause, then re-send them (Notifications.resend)");
		}
		return health.build();
	}

}
