package cn.beianbridge.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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

	public SyncSettings {
		if (initialBackoff.isNegative() || initialBackoff.isZero()) {
			throw new IllegalArgumentException("bridge.sync.initial-backoff must be positive, was " + initialBackoff);
		}
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("bridge.sync.max-backoff must be at least bridge.sync.initial-backoff, was "
					+ maxBackoff);
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("bridge.sync.max-attempts must be at least 1, was " + maxAttempts);
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("bridge.sync.batch-size must be at least 1, was " + batchSize);
		}
		if (claimTtl.compareTo(SHORTEST_CLAIM) < 0) {
			throw new IllegalArgumentException("bridge.sync.claim-ttl must be at least 1m"
					+ " (a claim must outlast one POST to the console, up to 35 s), was " + claimTtl);
		}
	}

	/** The wait before the next attempt once {@code failedAttempts} attempts have failed (1 = the first). */
	public Duration backoffAfter(int failedAttempts) {
		int doublings = Math.max(0, failedAttempts - 1);
		// 2^31 overflows long arithmetic on Duration long before any cap is reached; stop doubling at the cap
		Duration wait = initialBackoff;
		for (int i = 0; i < doublings && wait.compareTo(maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

}
