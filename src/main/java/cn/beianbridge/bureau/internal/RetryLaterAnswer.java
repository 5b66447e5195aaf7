package cn.beianbridge.bureau.internal;

import cn.beianbridge.bureau.BureauReply;

/**
 * Thrown inside a gateway route so Camel's redelivery makes a repeatable call again; carries the last reply,
 * which the route returns once redelivery is exhausted. Never leaves the route.
 */
final class RetryLaterAnswer extends RuntimeException {

	private final transient BureauReply reply;

	RetryLaterAnswer(String province, String operation, BureauReply reply) {
		super("Bureau " + province + " " + operation + ": retry later (" + reply + ")", null, false, false);
		this.reply = reply;
	}

	BureauReply reply() {
		return reply;
	}

}
