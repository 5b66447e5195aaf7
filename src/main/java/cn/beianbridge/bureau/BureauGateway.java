package cn.beianbridge.bureau;

/**
 * The way other modules call a bureau: through the province's gateway route ({@code direct:bureau-<code>},
 * routes/bureau-gateway.camel.yaml), which holds the province's rate limit, its circuit breaker and the
 * redelivery of repeatable calls. Never throws for what the network or the bureau does.
 */
public interface BureauGateway {

	/**
	 * @param province the province code, e.g. {@code 33}
	 * @throws IllegalArgumentException when the province has no gateway (unknown or not enabled)
	 */
	BureauReply call(String province, BureauCall call);

	/**
	 * Whether the province's gateway route has started, so a call now reaches its bureau (or its circuit breaker).
	 * Right after start-up, and while Camel's supervisor retries a route, it has not.
	 */
	boolean ready(String province);

	/** Why a call now would not reach the province's bureau (its gateway has not started), or null. */
	default String notReady(String province) {
		return ready(province) ? null : "its bureau gateway has not started";
	}

}
