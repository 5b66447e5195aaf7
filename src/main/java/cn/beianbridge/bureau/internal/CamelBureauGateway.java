package cn.beianbridge.bureau.internal;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;

/** {@link BureauGateway} over the province's route, so no other module needs to know Camel. */
final class CamelBureauGateway implements BureauGateway {

	private final ProducerTemplate producer;

	private final CamelContext camel;

	CamelBureauGateway(ProducerTemplate producer, CamelContext camel) {
		this.producer = producer;
		this.camel = camel;
	}

	@Override
	public boolean ready(String province) {
		if (!camel.isStarted()) {
			return false;
		}
		ServiceStatus route = camel.getRouteController().getRouteStatus(GatewayRouteParameters.routeId(province));
		return route != null && route.isStarted();
	}

	@Override
	public BureauReply call(String province, BureauCall call) {
		if (call == null) {
			throw new IllegalArgumentException("No call given for the bureau of province " + province);
		}
		if (camel.getRoute(GatewayRouteParameters.routeId(province)) == null) {
			throw new IllegalArgumentException("No bureau gateway for province '" + province
					+ "': not in the catalogue or not enabled (bridge.provinces." + province + ".enabled)");
		}
		try {
			BureauReply reply = producer.requestBody(GatewayRouteParameters.endpointUri(province), call, BureauReply.class);
			return reply != null ? reply : new OutcomeUnknown("the gateway route of province " + province + " returned nothing");
		}
		catch (CamelExecutionException ex) {
			return ReplyClassification.ofFailure(call, ex.getCause() != null ? ex.getCause() : ex);
		}
	}

}
