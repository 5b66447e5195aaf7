package cn.beianbridge.bureau.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReply.GatewayUnavailable;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;

/**
 * The bean of the {@code bureau-gateway} route template: the province's client behind its circuit breaker.
 * An open circuit is an answer ({@link GatewayUnavailable}), not an exception; a retry-later reply to a
 * repeatable call is thrown so the route's redelivery makes the call again. An upload is never thrown back.
 */
public class GatewayCalls {

	private static final Logger log = LoggerFactory.getLogger(GatewayCalls.class);

	private final BureauClients clients;

	private final ProvinceCircuitBreakers breakers;

	public GatewayCalls(BureauClients clients, ProvinceCircuitBreakers breakers) {
		this.clients = clients;
		this.breakers = breakers;
	}

	public BureauReply call(String province, BureauCall call) {
		BureauReply reply;
		try {
			reply = breakers.get(province).executeSupplier(() -> clients.get(province).call(call));
		}
		catch (CallNotPermittedException ex) {
			log.debug("Bureau {} {}: circuit open, not sent", province, call);
			return new GatewayUnavailable(province);
		}
		catch (RuntimeException ex) {
			// the client classifies everything itself; this is a bug, and must not turn into a repeated upload
			reply = ReplyClassification.ofFailure(call, ex);
		}
		if (call.repeatable() && reply.retryLater()) {
			throw new RetryLaterAnswer(province, call.operation(), reply);
		}
		return reply;
	}

	/** The route's dead-letter end: redelivery exhausted, the last reply stands. */
	public BureauReply lastReply(Exchange exchange) {
		Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
		if (caught instanceof RetryLaterAnswer answer) {
			return answer.reply();
		}
		BureauCall call = exchange.getMessage().getBody(BureauCall.class);
		if (call == null || caught == null) {
			return new OutcomeUnknown("the gateway route failed: " + (caught == null ? "no exception" : caught));
		}
		return ReplyClassification.ofFailure(call, caught);
	}

}
