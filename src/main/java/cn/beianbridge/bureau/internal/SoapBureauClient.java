package cn.beianbridge.bureau.internal;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ws.client.core.WebServiceTemplate;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauClient;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReply.Answered;
import cn.beianbridge.bureau.BureauReply.NoAnswer;
import cn.beianbridge.bureau.BureauReply.NotSent;
import cn.beianbridge.bureau.BureauReply.OutcomeUnknown;
import cn.beianbridge.bureau.MsgCodeClass;
import cn.beianbridge.bureau.PayloadCodec;

/**
 * A bureau over SOAP 1.1 (Spring Web Services, SAAJ; uploads streamed, {@link StreamedUpload}). Logs name the operation and the outcome, never a
 * parameter: randVal and pwdHash together would let anyone replay the call.
 */
public final class SoapBureauClient implements BureauClient {

	private static final Logger log = LoggerFactory.getLogger(SoapBureauClient.class);

	private final String province;

	private final String endpoint;

	private final String namespace;

	private final BureauAccount account;

	private final PayloadCodec payloadCodec;

	private final WebServiceTemplate template;

	private final StreamedUpload uploads;

	SoapBureauClient(String province, String endpoint, String namespace, BureauAccount account,
			PayloadCodec payloadCodec, WebServiceTemplate template, StreamedUpload uploads) {
		this.province = province;
		this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
		this.namespace = namespace;
		this.account = account;
		this.payloadCodec = payloadCodec;
		this.template = template;
		this.uploads = uploads;
	}

	@Override
	public String province() {
		return province;
	}

	@Override
	public PayloadCodec payloadCodec() {
		return payloadCodec;
	}

	boolean hasAccount() {
		return account.configured();
	}

	@Override
	public BureauReply call(BureauCall call) {
		Objects.requireNonNull(call, "call");
		BureauReply reply;
		try {
			String uri = endpoint + OperationRequest.servicePath(call);
			// an upload's 50 MB go onto the wire from their string, never into a SOAP tree
			String returnText = call instanceof BureauCall.Upload upload
					? uploads.send(uri, namespace, account.authenticate(), upload)
					: template.sendSourceAndReceive(uri, OperationRequest.payload(namespace, account.authenticate(), call),
							new ReturnText(call.operation()));
			reply = ReplyClassification.ofReturnText(call, returnText);
		}
		catch (RuntimeException ex) {
			reply = ReplyClassification.ofFailure(call, ex);
		}
		logReply(call, reply);
		return reply;
	}

	private void logReply(BureauCall sent, BureauReply reply) {
		String call = sent.operation() + " " + sent;
		if (reply instanceof Answered answered && answered.msgCodeClass() == MsgCodeClass.DONE) {
			log.debug("Bureau {} {}: msg_code {}", province, call, answered.msgCode());
		}
		else if (reply instanceof Answered answered) {
			log.info("Bureau {} {}: msg_code {} ({}) {}", province, call, answered.msgCode(), answered.msgCodeClass(),
					answered.bureauReturn().msg());
		}
		// a bureau that is away fails every call: the province job reports it once a spell (ProvinceFailures)
		else if (reply instanceof NotSent notSent) {
			log.debug("Bureau {} {} not sent, retry later: {}", province, call, notSent.reason());
		}
		else if (reply instanceof NoAnswer noAnswer) {
			log.debug("Bureau {} {} got no answer, retry later: {}", province, call, noAnswer.reason());
		}
		else if (reply instanceof OutcomeUnknown unknown) {
			log.info("Bureau {} {}: outcome unknown, reconcile with isp_querypreviousupload: {}", province, call,
					unknown.reason());
		}
	}

	@Override
	public String toString() {
		return "SoapBureauClient[province=" + province + ", endpoint=" + endpoint + ", namespace=" + namespace + ", "
				+ account + ", encryptAlgorithm=" + payloadCodec.encryptAlgorithm() + "]";
	}

}
