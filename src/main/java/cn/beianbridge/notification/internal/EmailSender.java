package cn.beianbridge.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
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
 * <p>
 * A connection is kept open for the next message (at most one per sending thread, so no more than the channel's
 * concurrency): connecting, greeting and quitting cost as many round trips as the message itself. One idle longer than
 * {@link #IDLE} is closed, well within the five minutes a server waits (RFC 5321); one the server has closed meanwhile
 * fails its next message before any of it is accepted, which then goes once more on a new connection.
 */
class EmailSender implements AutoCloseable {

	static final Duration IDLE = Duration.ofSeconds(30);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationSettings settings;

	/** Open connections waiting for a message, the most recently used last. */
	private final Deque<Open> idle = new ArrayDeque<>();

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
			// a subclass may send its own way (the demo's simulated mailbox does): it is given the message
			if (sender.getClass() == JavaMailSenderImpl.class) {
				send((JavaMailSenderImpl) sender, message);
			}
			else {
				sender.send(message);
			}
			return SendOutcome.sent(email, messageId);
		}
		catch (MessagingException | MailException ex) {
			return SendOutcome.failed(email, "SMTP: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/** As {@link JavaMailSenderImpl#send} sends it, on an open connection if one waits. */
	private void send(JavaMailSenderImpl impl, MimeMessage message) throws MessagingException {
		if (message.getSentDate() == null) {
			message.setSentDate(new Date());
		}
		message.saveChanges();
		Address[] recipients = message.getAllRecipients();
		Transport transport = takeIdle();
		boolean reused = transport != null;
		if (transport == null) {
			transport = connect(impl);
		}
		try {
			transport.sendMessage(message, recipients);
		}
		catch (SendFailedException refused) {
			// the message's own trouble (an address refused): not sent again, and the connection not kept
			close(transport);
			throw refused;
		}
		catch (MessagingException ex) {
			close(transport);
			if (!reused) {
				throw ex;
			}
			// the server closed the connection while it waited
			transport = connect(impl);
			try {
				transport.sendMessage(message, recipients);
			}
			catch (MessagingException again) {
				close(transport);
				throw again;
			}
		}
		giveBack(transport);
	}

	/** As {@code JavaMailSenderImpl.connectTransport}: an empty user name means none. */
	private static Transport connect(JavaMailSenderImpl impl) throws MessagingException {
		String username = impl.getUsername();
		String password = impl.getPassword();
		if ("".equals(username)) {
			username = null;
			if ("".equals(password)) {
				password = null;
			}
		}
		Session session = impl.getSession();
		String protocol = impl.getProtocol() != null ? impl.getProtocol()
				: session.getProperty("mail.transport.protocol");
		Transport transport = session.getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
		transport.connect(impl.getHost(), impl.getPort(), username, password);
		return transport;
	}

	/** An open connection used within {@link #IDLE}, or null; older ones are closed. */
	private Transport takeIdle() {
		closeIdle();
		Open open;
		synchronized (idle) {
			open = idle.pollLast();
		}
		return open == null ? null : open.transport();
	}

	/** Closes the connections idle longer than {@link #IDLE} (each send, and each poll of the notifications). */
	void closeIdle() {
		List<Transport> stale = new ArrayList<>();
		long now = System.nanoTime();
		synchronized (idle) {
			while (!idle.isEmpty() && now - idle.peekFirst().since() >= IDLE.toNanos()) {
				stale.add(idle.pollFirst().transport());
			}
		}
		stale.forEach(EmailSender::close);
	}

	private void giveBack(Transport transport) {
		synchronized (idle) {
			idle.addLast(new Open(transport, System.nanoTime()));
		}
	}

	/** Closes the connections kept open (with the context, after the sends in flight). */
	@Override
	public void close() {
		List<Open> open;
		synchronized (idle) {
			open = new ArrayList<>(idle);
			idle.clear();
		}
		open.forEach(o -> close(o.transport()));
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ignored) {
			// QUIT unanswered: the connection is gone either way
		}
	}

	private record Open(Transport transport, long since) {
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
