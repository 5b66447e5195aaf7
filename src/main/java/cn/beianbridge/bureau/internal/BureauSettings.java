package cn.beianbridge.bureau.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code bridge.bureau.*}: how every province's gateway talks. The rate of calls is the province catalogue's
 * ({@code gateway.rate-per-second} in config/provinces.yml, where {@code bridge.bureau.rate-per-second} sets it for
 * every province at once).
 *
 * @param connectTimeout a connection not made within it means the request never left
 * @param readTimeout how long a reply may take; an upload past it has an unknown outcome
 * @param redelivery how often a repeatable call is made again when the answer is "retry later"; uploads never are
 * @param circuitBreaker per province: when unanswered calls stop the gateway for a while
 * @param maxReplySize a SOAP reply is read up to this and refused past it (no answer: the call is made again
 * later). {@code isp_querypreviousupload} returns our last upload, up to 50 MB zipped, 67 MB in Base64
 * @param maxUnzippedSize a downloaded file is unzipped up to this and refused past it (kept as it came,
 * quarantined): results and filed numbers are a few hundred bytes a record
 */
@ConfigurationProperties("bridge.bureau")
public record BureauSettings(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
		@DefaultValue Redelivery redelivery, @DefaultValue CircuitBreaker circuitBreaker,
		@DefaultValue("80MB") DataSize maxReplySize, @DefaultValue("32MB") DataSize maxUnzippedSize) {

	@ConstructorBinding
	public BureauSettings {
		positive("bridge.bureau.connect-timeout", connectTimeout);
		positive("bridge.bureau.read-timeout", readTimeout);
		if (maxReplySize == null || maxReplySize.toBytes() < 1 || maxUnzippedSize == null
				|| maxUnzippedSize.toBytes() < 1) {
			throw new IllegalArgumentException("bridge.bureau.max-reply-size and .max-unzipped-size must be positive, "
					+ "were " + maxReplySize + " and " + maxUnzippedSize);
		}
	}

	/** The default caps. */
	public BureauSettings(Duration connectTimeout, Duration readTimeout, Redelivery redelivery,
			CircuitBreaker circuitBreaker) {
		this(connectTimeout, readTimeout, redelivery, circuitBreaker, DataSize.ofMegabytes(80), DataSize.ofMegabytes(32));
	}

	/**
	 * @param attempts further attempts after the first (0 = none)
	 * @param delay the pause before each
	 */
	public record Redelivery(@DefaultValue("2") int attempts, @DefaultValue("2s") Duration delay) {

		public Redelivery {
			if (attempts < 0) {
				throw new IllegalArgumentException("bridge.bureau.redelivery.attempts must not be negative, was " + attempts);
			}
			if (delay == null || delay.isNegative()) {
				throw new IllegalArgumentException("bridge.bureau.redelivery.delay must not be negative");
			}
		}

	}

	/**
	 * Only unanswered calls count as failures: a bureau that answers, even with an error code, is up.
	 *
	 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
	 * @param slidingWindowSize how many of the last calls are counted
	 * @param minimumNumberOfCalls calls needed in the window before the rate is judged
	 * @param waitInOpenState how long an open circuit refuses calls before letting trial calls through
	 * @param permittedCallsInHalfOpenState the trial calls that decide whether it closes again
	 */
	public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
			@DefaultValue("10") int slidingWindowSize, @DefaultValue("5") int minimumNumberOfCalls,
			@DefaultValue("60s") Duration waitInOpenState, @DefaultValue("2") int permittedCallsInHalfOpenState) {

		public CircuitBreaker {
			if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
				throw new IllegalArgumentException(
						"bridge.bureau.circuit-breaker.failure-rate-threshold must be in (0, 100], was " + failureRateThreshold);
			}
			atLeastOne("bridge.bureau.circuit-breaker.sliding-window-size", slidingWindowSize);
			atLeastOne("bridge.bureau.circuit-breaker.minimum-number-of-calls", minimumNumberOfCalls);
			atLeastOne("bridge.bureau.circuit-breaker.permitted-calls-in-half-open-state", permittedCallsInHalfOpenState);
			positive("bridge.bureau.circuit-breaker.wait-in-open-state", waitInOpenState);
		}

	}

	private static void positive(String property, Duration value) {
		if (value == null || value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(property + " must be a positive duration, was " + value);
		}
	}

	private static void atLeastOne(String property, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(property + " must be at least 1, was " + value);
		}
	}

}
