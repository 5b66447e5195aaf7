package cn.beianbridge.delivery;

import java.time.Duration;

/**
 * How one queue claims and retries, from its module's settings; nonsense is refused naming the setting.
 *
 * @param settings the settings prefix the values come from ({@code bridge.sync}): named in errors and log lines
 * @param initialBackoff wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff the wait never grows beyond this
 * @param maxAttempts failed attempts after which an item is DEAD (kept, re-queueable by hand)
 * @param batchSize items claimed per run
 * @param claimTtl how long a claim lasts unless renewed; a crashed run's claims lapse after it
 */
public record DeliveryPolicy(String settings, Duration initialBackoff, Duration maxBackoff, int maxAttempts,
		int batchSize, Duration claimTtl) {

	public DeliveryPolicy {
		positive(settings, "initial-backoff", initialBackoff);
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException(settings + ".max-backoff must be at least " + settings
					+ ".initial-backoff, was " + maxBackoff);
		}
		atLeastOne(settings, "max-attempts", maxAttempts);
		atLeastOne(settings, "batch-size", batchSize);
		positive(settings, "claim-ttl", claimTtl);
	}

	/** The wait before the next attempt once {@code failedAttempts} attempts have failed (1 = the first). */
	public Duration backoffAfter(int failedAttempts) {
		// doubling stops at the cap: 2^31 of anything overflows Duration long before
		Duration wait = initialBackoff;
		for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}

	/** Whether the item is DEAD once this many attempts have failed. */
	public boolean lastAttempt(int failedAttempts) {
		return failedAttempts >= maxAttempts;
	}

	/** Checks a duration setting of {@code settings} (its prefix) beside the policy's own. */
	public static void positive(String settings, String name, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(settings + "." + name + " must be positive, was " + value);
		}
	}

	private static void atLeastOne(String settings, String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(settings + "." + name + " must be at least 1, was " + value);
		}
	}

}
