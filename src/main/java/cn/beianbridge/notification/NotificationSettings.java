package cn.beianbridge.notification;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.beianbridge.delivery.DeliveryPolicy;

/**
 * How notifications are planned and sent ({@code bridge.notifications.*}).
 *
 * @param enabled whether this node plans and sends notifications (the rows wait when it does not)
 * @param templates the folder of the message templates, one {@code <kind>.yml} each
 * @param pollInterval how often the outbox and the due notifications are looked at
 * @param batchSize notifications claimed at once, at most (each channel claims for its free threads)
 * @param claimTtl a claimed notification not recorded within this time is taken as a dead node's and sent again
 * @param initialBackoff wait after the first failed send; doubled after each further failure
 * @param maxBackoff the wait never grows beyond this
 * @param maxAttempts failed sends after which a notification is DEAD (kept, shown, re-sendable by hand)
 * @param mailFrom the sender of every email
 * @param operators who gets the operator alerts
 * @param calendarLookahead a missing calendar for next year is alerted this long before the year starts
 * @param sms how the SMS gateway is sent to
 * @param email how the SMTP relay is sent to
 */
@ConfigurationProperties("bridge.notifications")
public record NotificationSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("config/notifications") Path templates, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("5m") Duration claimTtl,
		@DefaultValue("30s") Duration initialBackoff, @DefaultValue("30m") Duration maxBackoff,
		@DefaultValue("8") int maxAttempts, @DefaultValue("beian@localhost") String mailFrom,
		@DefaultValue Operators operators, @DefaultValue("45d") Duration calendarLookahead, @DefaultValue Sms sms,
		@DefaultValue Email email) {

	private static final String SETTINGS = "bridge.notifications";

	private static final int MAX_CONCURRENCY = 64;

	public NotificationSettings {
		DeliveryPolicy.positive(SETTINGS, "poll-interval", pollInterval);
		// built once here so that nonsense stops start-up, naming the setting
		new DeliveryPolicy(SETTINGS, initialBackoff, maxBackoff, maxAttempts, batchSize, claimTtl);
		if (mailFrom == null || !mailFrom.contains("@")) {
			throw new IllegalArgumentException("bridge.notifications.mail-from must be an email address, was " + mailFrom);
		}
		concurrency("sms", sms.concurrency());
		concurrency("email", email.concurrency());
	}

	/** Sends at once to the channel's peer, at most. */
	public int concurrency(Channel channel) {
		return channel == Channel.SMS ? sms.concurrency() : email.concurrency();
	}

	private static void concurrency(String channel, int value) {
		// a thread of its own per send: beyond a few dozen, a peer's flood control is what a backlog meets, not speed
		if (value < 1 || value > MAX_CONCURRENCY) {
			throw new IllegalArgumentException(SETTINGS + "." + channel + ".concurrency must be between 1 and "
					+ MAX_CONCURRENCY + ", was " + value);
		}
	}

	/** How notifications are claimed and retried. */
	public DeliveryPolicy delivery() {
		return new DeliveryPolicy(SETTINGS, initialBackoff, maxBackoff, maxAttempts, batchSize, claimTtl);
	}

	/**
	 * Operator recipients; an alert goes to each, by every channel its template has.
	 *
	 * @param emails mailboxes (a team list, say)
	 * @param mobiles phones of whoever is on duty
	 */
	public record Operators(@DefaultValue List<String> emails, @DefaultValue List<String> mobiles) {

		public Operators {
			// an empty environment variable binds as one blank entry: nobody to send to
			emails = emails.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
			mobiles = mobiles.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
		}

	}

	/**
	 * The SMS gateway's share of the sending ({@code bridge.notifications.sms.*}).
	 *
	 * @param concurrency requests in flight at once, at most. 8: gateways (Aliyun, Tencent Cloud) allow tens to
	 * hundreds of requests per second per account and answer in 50–300 ms, so 8 sends 25–160 SMS a second, far under
	 * their limit, without tripping the gateway's flood control on a backlog
	 */
	public record Sms(@DefaultValue("8") int concurrency) {
	}

	/**
	 * The SMTP relay's share of the sending ({@code bridge.notifications.email.*}).
	 *
	 * @param concurrency SMTP connections open at once, at most (each message is a connection of its own). 4: relays
	 * (corporate Exchange/Postfix, Aliyun DirectMail, Tencent Exmail) cap concurrent connections per client at 5–10
	 * and refuse or tarpit beyond it; 4 stays under every such cap
	 */
	public record Email(@DefaultValue("4") int concurrency) {
	}

}
