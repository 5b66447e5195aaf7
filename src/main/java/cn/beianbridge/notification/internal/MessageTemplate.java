package cn.beianbridge.notification.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.beianbridge.notification.NotificationKind;

/**
 * One notification's texts, as {@code config/notifications/<kind>.yml} gives them: an SMS (the gateway's
 * registered template code, and the same text as registered there, so the row shows what was sent) and/or
 * an email. A channel the file leaves out is not used for this kind.
 */
record MessageTemplate(NotificationKind kind, Sms sms, Email email) {

	record Sms(String templateCode, TemplateText text) {
	}

	record Email(TemplateText subject, TemplateText body) {
	}

	Set<String> variables() {
		Set<String> used = new LinkedHashSet<>();
		if (sms != null) {
			used.addAll(sms.text().variables());
		}
		if (email != null) {
			used.addAll(email.subject().variables());
			used.addAll(email.body().variables());
		}
		return used;
	}

}
