package cn.beianbridge.notification.internal;

import cn.beianbridge.delivery.ClaimedItem;
import cn.beianbridge.notification.Channel;

/** A notification this node has claimed for one send. */
record ClaimedNotification(long id, String notificationKey, String kind, Channel channel, String recipient,
		String consoleFilingId, String templateCode, String templateParam, String subject, String body, int attempts,
		String claimedBy) implements ClaimedItem {
}
