package cn.beianbridge.notification.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.shared.Sha256;

/**
 * Sends one email over SMTP ({@code spring.mail.*}), plain UTF-8 text. Its Message-ID comes from the
 * notification key, so the rare resend after a crash between "sent" and "recorded" carries the same id
 * and mail systems that de-duplicate by Message-ID show it once.
 */
class EmailSender {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationSettings settings;

	EmailSender(ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings) {
		this.mailSender = mailSender;
		this.settings = settings;
	}

	SendOutcome send(ClaimedNotification email) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return SendOutcome.failed(email, "spring.mail.host is not set: no SMTP server to send to");
		}
		String messageId = messageId(email.notificationKey());
		try {
			MimeMessage message = sender instanceof JavaMailSenderImpl impl
					? new FixedIdMessage(impl.getSession(), messageId) : sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.mailFrom());
			helper.setTo(email.recipient());
			helper.setSubject(email.subject());
			helper.setText(email.body(), false);
			sender.send(message);
			return SendOutcome.sent(email, messageId);
		}
		catch (MessagingException | MailException ex) {
			return SendOutcome.failed(email, "SMTP: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static String messageId(String key) {
		// derived from the key, so a message sent again carries the same Message-ID
		return "<" + Sha256.hex(key).substring(0, 32) + "@beian-bridge>";
	}

	/** Keeps the Message-ID we give it; JavaMail would otherwise make a new one on every save. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
