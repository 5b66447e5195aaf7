package cn.beianbridge.simulator.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's mail server, when no real one is configured: takes every message and logs its recipient and
 * subject. Imported by {@link cn.beianbridge.simulator.SimulatorConfiguration}, so never active in the {@code mysql}
 * profile; nor when {@code spring.mail.host} is set.
 */
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class SimulatedMailbox {

	private static final Logger log = LoggerFactory.getLogger(SimulatedMailbox.class);

	@Bean
	JavaMailSender simulatedMailSender() {
		return new JavaMailSenderImpl() {

			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				for (MimeMessage message : messages) {
					try {
						// not the addresses or the subject: they are the customer's
						log.debug("Simulated mailbox received mail {} for {} recipient(s)", message.getMessageID(),
								message.getAllRecipients().length);
					}
					catch (MessagingException ex) {
						throw new MailSendException("unreadable message", ex);
					}
				}
			}

		};
	}

}
