package cn.beianbridge.bureau.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spi.RouteTemplateParameterSource;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * One {@code bureau-gateway} route per enabled province (routes/bureau-gateway.camel.yaml). Camel asks every
 * {@link RouteTemplateParameterSource} bean for its routes when the context starts, so the gateways start with
 * the other routes; none calls its bureau until asked to.
 */
public final class GatewayRouteParameters implements RouteTemplateParameterSource {

	public static final String TEMPLATE_ID = "bureau-gateway";

	private final Map<String, Map<String, Object>> byRouteId = new LinkedHashMap<>();

	public GatewayRouteParameters(ProvinceCatalogue catalogue, BureauSettings settings) {
		for (Province province : catalogue.enabled()) {
			double rate = province.gatewayRatePerSecond();
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put(RouteTemplateParameterSource.TEMPLATE_ID, TEMPLATE_ID);
			parameters.put("provinceCode", province.code());
			// one call per slot of 1/rate seconds: evenly spaced, never a burst at the start of a second
			parameters.put("maximumRequests", 1);
			parameters.put("timePeriodMillis", Math.max(1, Math.round(1000 / rate)));
			parameters.put("redeliveryAttempts", settings.redelivery().attempts());
			parameters.put("redeliveryDelayMillis", settings.redelivery().delay().toMillis());
			byRouteId.put(routeId(province.code()), Map.copyOf(parameters));
		}
	}

	public static String routeId(String province) {
		return TEMPLATE_ID + "-" + province;
	}

	public static String endpointUri(String province) {
		return "direct:bureau-" + province;
	}

	@Override
	public Map<String, Object> parameters(String routeId) {
		return new LinkedHashMap<>(byRouteId.get(routeId));
	}

	@Override
	public Set<String> routeIds() {
		return byRouteId.keySet();
	}

}
