package cn.beianbridge.simulator.bureau;

import java.util.Optional;

import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.endpoint.mapping.AbstractEndpointMapping;
import org.springframework.ws.transport.WebServiceConnection;
import org.springframework.ws.transport.context.TransportContext;
import org.springframework.ws.transport.context.TransportContextHolder;
import org.springframework.ws.transport.http.HttpServletConnection;

import cn.beianbridge.province.ProvinceCatalogue;

/**
 * Sends every request for {@code /<province code>/<service>} under the web-services servlet to the simulated
 * bureaus, whatever its root element: each province has its own namespace, so the operation is checked by the
 * endpoint, which can answer a wrong one with a SOAP fault. Anything else is not found (HTTP 404).
 */
class SimulatorEndpointMapping extends AbstractEndpointMapping {

	private final ProvinceCatalogue provinces;

	private final SimulatedBureauEndpoint endpoint;

	SimulatorEndpointMapping(ProvinceCatalogue provinces, SimulatedBureauEndpoint endpoint) {
		this.provinces = provinces;
		this.endpoint = endpoint;
	}

	@Override
	protected Object getEndpointInternal(MessageContext context) {
		Optional<SimulatorAddress> address = pathInfo().flatMap(SimulatorAddress::parse)
			.filter(parsed -> provinces.find(parsed.province()).isPresent());
		if (address.isEmpty()) {
			return null;
		}
		context.setProperty(SimulatedBureauEndpoint.ADDRESS, address.get());
		return endpoint;
	}

	private static Optional<String> pathInfo() {
		TransportContext transport = TransportContextHolder.getTransportContext();
		WebServiceConnection connection = transport == null ? null : transport.getConnection();
		return connection instanceof HttpServletConnection http
				? Optional.ofNullable(http.getHttpServletRequest().getPathInfo()) : Optional.empty();
	}

}
