package cn.beianbridge.bureau.internal;

import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health component {@code bureauGateways}: the provinces whose circuit is open or half-open. It stays UP
 * while any bureau is reachable: one bureau down is the bureau's outage, and taking this node out of service
 * would stop the other thirty. With every circuit open the fault is most likely ours (network, the registered
 * server address), so it is DOWN.
 */
final class BureauGatewaysHealthIndicator implements HealthIndicator {

	private final ProvinceCircuitBreakers breakers;

	BureauGatewaysHealthIndicator(ProvinceCircuitBreakers breakers) {
		this.breakers = breakers;
	}

	@Override
	public Health health() {
		Map<String, CircuitBreaker> all = breakers.all();
		List<String> open = provincesIn(all, State.OPEN, State.FORCED_OPEN);
		List<String> halfOpen = provincesIn(all, State.HALF_OPEN);
		Health.Builder health = !all.isEmpty() && open.size() == all.size() ? Health.down() : Health.up();
		return health.withDetail("gateways", all.size()).withDetail("open", open).withDetail("halfOpen", halfOpen).build();
	}

	private static List<String> provincesIn(Map<String, CircuitBreaker> breakers, State... states) {
		List<State> wanted = List.of(states);
		return breakers.entrySet().stream().filter(entry -> wanted.contains(entry.getValue().getState()))
			.map(Map.Entry::getKey).toList();
	}

}
