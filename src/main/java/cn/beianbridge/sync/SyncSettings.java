package cn.beianbridge.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.beianbridge.delivery.DeliveryPolicy;

/**
 * How events are delivered back to the console.
 *
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff the wait never grows beyond this
 * @param maxAttempts failed attempts after which an event is DEAD (kept, shown, redeliverable by hand)
 * @param batchSize events claimed per run
 * @param claimTtl how long a run's claim on an event lasts; renewed just before each POST, so it must outlast one
 *        POST (at most 35 s by the route's timeouts) with room to spare. A crashed run's claims lapse after it.
 */
@ConfigurationProperties("bridge.sync")
public record SyncSettings(@DefaultValue("30s") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
		@DefaultValue("12") int maxAttempts, @DefaultValue("100") int batchSize,
		@DefaultValue("5m") Duration claimTtl) {

	/** The route's connect (5 s) and response (30 s) timeouts, with room for the bookkeeping around a POST. */
	static final Duration SHORTEST_CLAIM = Duration.ofMinutes(1);

	private static final String SETTINGS = "bridge.sync";

	public SyncSettings {
		// built once here so that nonsense stops start-up, naming the setting
		new DeliveryPolicy(SETTINGS, initialBackoff, maxBackoff, maxAttempts, batchSize, claimTtl);
		if (claimTtl.compareTo(SHORTEST_CLAIM) < 0) {
			throw new IllegalArgumentException("bridge.sync.claim-ttl must be at least 1m"
					+ " (a claim must outlast one POST to the console, up to 35 s), was " + claimTtl);
		}
	}

	/** How the console's events are claimed and retried. */
	public DeliveryPolicy delivery() {
		return new DeliveryPolicy(SETTINGS, initialBackoff, maxBackoff, maxAttempts, batchSize, claimTtl);
	}

}
