package cn.beianbridge.bureau.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import org.springframework.ws.soap.client.SoapFaultClientException;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReply.Answered;
import cn.beianbridge.bureau.BureauReply.NoAnswer;
import cn.beianbridge.bureau.BureauReply.NotSent;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.UnreadableDocument;
import cn.beianbridge.bureau.VerifyBammReply;

/**
 * The one rule from what happened on the wire to a {@link BureauReply}. A failure counts as "not sent" only when
 * the request provably never left (no connection was made); anything later may have reached the bureau, which
 * for an upload means its outcome is unknown, and for any other call that it is simply asked again.
 */
public final class ReplyClassification {

	private ReplyClassification() {
	}

	/** @param returnText the text of the reply's {@code <return>}, or null when there was none */
	public static BureauReply ofReturnText(BureauCall call, String returnText) {
		try {
			BureauReturn answer = BureauReturn.parse(returnText);
			// only the status query's and the password check's replies say more than BureauReturn reads; their own
			// readers take that part
			if (call instanceof BureauCall.QueryBeianStatus) {
				return Answered.of(answer, BeianStatusReply.parse(returnText).statusInfo());
			}
			return call instanceof BureauCall.VerifyBamm ? Answered.of(answer, VerifyBammReply.parse(returnText))
					: Answered.of(answer);
		}
		catch (UnreadableDocument ex) {
			return unanswered(call, "the reply's <return> is unreadable: " + ex.getMessage());
		}
	}

	public static BureauReply ofFailure(BureauCall call, Throwable failure) {
		if (neverLeft(failure)) {
			return new NotSent(describe(failure));
		}
		return unanswered(call, describe(failure));
	}

	private static BureauReply unanswered(BureauCall call, String reason) {
		return call.repeatable() ? new NoAnswer(reason) : new OutcomeUnknown(reason);
	}

	static boolean neverLeft(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
					|| cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
					|| cause instanceof UnresolvedAddressException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/** The chain of causes: "WebServiceIOException: I/O error: null <- ConnectException <- ClosedChannelException". */
	static String describe(Throwable failure) {
		if (failure instanceof SoapFaultClientException fault) {
			return "SOAP fault " + fault.getFaultCode() + ": " + fault.getFaultStringOrReason();
		}
		StringBuilder text = new StringBuilder();
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause() == cause ? null : cause.getCause()) {
			text.append(depth == 0 ? "" : " <- ").append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null && (depth == 0 || !text.toString().contains(cause.getMessage()))) {
				text.append(": ").append(cause.getMessage());
			}
		}
		return text.toString();
	}

}
