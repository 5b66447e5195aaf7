package cn.beianbridge.bureau.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

import cn.beianbridge.bureau.BureauReply.NoAnswer;
import cn.beianbridge.bureau.GatewayCircuits;
import cn.beianbridge.bureau.BureauReply.NotSent;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;

/**
 * One circuit breaker per province, so one bureau that stops answering costs the others nothing. Only calls the
 * bureau did not answer count as failures: a bureau that answers, even "maintenance", is up.
 */
public final class ProvinceCircuitBreakers implements GatewayCircuits {

	private final Map<String, CircuitBreaker> byProvince = new TreeMap<>();

	public ProvinceCircuitBreakers(Collection<String> provinces, BureauSettings.CircuitBreaker settings) {
		CircuitBreakerConfig config = config(settings);
		provinces.forEach(province -> byProvince.put(province, CircuitBreaker.of("bureau-" + province, config)));
	}

	static CircuitBreakerConfig config(BureauSettings.CircuitBreaker settings) {
		return CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.failureRateThreshold(settings.failureRateThreshold())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			// so health shows HALF_OPEN once the wait is over, not OPEN until the next call happens to come
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.recordResult(reply -> reply instanceof NotSent || reply instanceof NoAnswer || reply instanceof OutcomeUnknown)
			.recordException(failure -> true)
			.build();
	}

	/** @throws IllegalArgumentException when the province has no gateway */
	public CircuitBreaker get(String province) {
		CircuitBreaker breaker = byProvince.get(province);
		if (breaker == null) {
			throw new IllegalArgumentException("No bureau gateway for province '" + province + "'");
		}
		return breaker;
	}

	@Override
	public Map<String, String> states() {
		Map<String, String> states = new TreeMap<>();
		byProvince.forEach((province, breaker) -> states.put(province, breaker.getState().name()));
		return states;
	}

	/** Province code to breaker, ordered by code. */
	public Map<String, CircuitBreaker> all() {
		return Collections.unmodifiableMap(byProvince);
	}

}
