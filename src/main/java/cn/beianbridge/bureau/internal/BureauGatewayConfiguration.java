package cn.beianbridge.bureau.internal;

import java.util.List;
import java.util.Locale;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

/** The bureau clients, one per province, and the gateway routes of the enabled ones. */
@Configuration(proxyBeanMethods = false)
class BureauGatewayConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BureauGatewayConfiguration.class);

	private static final List<State> GAUGED_STATES = List.of(State.CLOSED, State.OPEN, State.HALF_OPEN);

	@Bean
	BureauClients bureauClients(ProvinceCatalogue catalogue, BureauSettings settings) {
		List<SoapBureauClient> clients = SoapClients.forProvinces(catalogue.all(), settings);
		List<String> withoutAccount = clients.stream().filter(client -> !client.hasAccount())
			.map(SoapBureauClient::province).toList();
		if (!withoutAccount.isEmpty()) {
			log.info("No bureau account (BRIDGE_GW_<code>_ISP_ID, _USER_NAME, _PASSWORD) for {}: their calls carry empty "
					+ "credentials, which only the simulator accepts",
					withoutAccount.size() == clients.size() ? "any province" : "provinces " + withoutAccount);
		}
		return new BureauClients(clients);
	}

	@Bean
	ProvinceCircuitBreakers provinceCircuitBreakers(ProvinceCatalogue catalogue, BureauSettings settings) {
		return new ProvinceCircuitBreakers(catalogue.enabled().stream().map(Province::code).toList(),
				settings.circuitBreaker());
	}

	/** Named in routes/bureau-gateway.camel.yaml. */
	@Bean
	GatewayCalls bureauGatewayCalls(BureauClients clients, ProvinceCircuitBreakers breakers) {
		return new GatewayCalls(clients, breakers);
	}

	@Bean
	GatewayRouteParameters bureauGatewayRoutes(ProvinceCatalogue catalogue, BureauSettings settings) {
		return new GatewayRouteParameters(catalogue, settings);
	}

	@Bean
	BureauGateway bureauGateway(ProducerTemplate producer, CamelContext camel) {
		return new CamelBureauGateway(producer, camel);
	}

	@Bean
	BureauGatewaysHealthIndicator bureauGatewaysHealthIndicator(ProvinceCircuitBreakers breakers) {
		return new BureauGatewaysHealthIndicator(breakers);
	}

	/** {@code bridge.bureau.circuit.state{province, state}}: 1 for the state the province's circuit is in. */
	@Bean
	MeterBinder bureauCircuitMetrics(ProvinceCircuitBreakers breakers) {
		return registry -> breakers.all().forEach((province, breaker) -> GAUGED_STATES
			.forEach(state -> Gauge.builder("bridge.bureau.circuit.state", breaker, b -> b.getState() == state ? 1 : 0)
				.description("Whether the bureau gateway's circuit breaker is in this state (1) or not (0)")
				.tag("province", province)
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.strongReference(true)
				.register(registry)));
	}

}
