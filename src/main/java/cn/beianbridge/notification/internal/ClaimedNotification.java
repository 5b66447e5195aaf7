package cn.beianbridge.notification.internal;

import cn.beianbridge.delivery.ClaimedItem;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.shared.LogMasking;

/** A notification this node has claimed for one send. */
record ClaimedNotification(long id, String notificationKey, String kind, Channel channel, String recipient,
		String consoleFilingId, String templateCode, String templateParam, String subject, String body, int attempts,
		String claimedBy) implements ClaimedItem {

	@Override
	public String toString() {
		return ("ClaimedNotification[id=%s, notificationKey=%s, kind=%s, channel=%s, recipient=%s, "
				+ "consoleFilingId=%s, templateCode=%s, templateParam=%s, subject=%s, body=%s, attempts=%s, "
				+ "claimedBy=%s]")
			.formatted(id, notificationKey, kind, channel, LogMasking.hidden(recipient), consoleFilingId,
					templateCode, LogMasking.hidden(templateParam), LogMasking.hidden(subject),
					LogMasking.hidden(body), attempts, claimedBy);
	}

}
