package cn.beianbridge.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Both notification channels' peers, each taking a fixed time per message: a {@link SlowSmsGateway} and a real SMTP
 * server (GreenMail) behind a {@link SlowSmtpRelay}.
 */
public final class SlowChannels {

	private final GreenMail smtp = new GreenMail(new ServerSetup(FreePort.next(), "127.0.0.1", "smtp"));

	private final SlowSmtpRelay relay;

	private final SlowSmsGateway gateway;

	public SlowChannels(long latencyMillis) {
		smtp.start();
		relay = new SlowSmtpRelay(smtp.getSmtp().getPort(), latencyMillis);
		gateway = new SlowSmsGateway(latencyMillis);
	}

	public SlowSmsGateway gateway() {
		return gateway;
	}

	public SlowSmtpRelay relay() {
		return relay;
	}

	/** Where the application sends: the gateway, and the relay as its SMTP server. */
	public Map<String, String> properties() {
		return Map.of("bridge.sms.base-url", gateway.baseUrl(), "spring.mail.host", "127.0.0.1", "spring.mail.port",
				Integer.toString(relay.port()));
	}

	public void register(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** Both peers at this latency, with what they saw forgotten. */
	public void reset(long latencyMillis) {
		gateway.latency(latencyMillis);
		relay.latency(latencyMillis);
		gateway.reset();
		relay.reset();
		try {
			smtp.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Mails received per notification key, which {@link NotificationBacklog} (and whoever writes mails the same way)
	 * puts in full-width parentheses in the body.
	 */
	public Map<String, Long> mailedByKey() {
		return Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(SlowChannels::key, Collectors.counting()));
	}

	public void stop() {
		gateway.stop();
		relay.stop();
		smtp.stop();
	}

	private static String key(MimeMessage message) {
		try {
			return ((String) message.getContent()).strip().replaceAll("(?s).*（(.*)）.*", "$1");
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
