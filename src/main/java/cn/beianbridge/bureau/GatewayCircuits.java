package cn.beianbridge.bureau;

import java.util.Map;

/**
 * The state of each province's circuit breaker (Resilience4j): {@code CLOSED} while its bureau answers,
 * {@code OPEN} while calls are not even tried, {@code HALF_OPEN} while a few test whether it is back.
 */
public interface GatewayCircuits {

	/** Province code to the state's name, for every enabled province, ordered by code. */
	Map<String, String> states();

}
