package cn.beianbridge.bureau;

import java.util.Locale;

import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.shared.LogMasking;

/**
 * What one {@code isp_querybeianstatus} question came to. Only a reply with a {@code StatusInfo} that echoes the
 * question answers it: an error reply (msg_code and msg only), a reply about another condition, and a call that got
 * no reply at all are {@link Unanswered}, never "not filed".
 */
public sealed interface BeianStatus {

	/** As an operator reads it in an alert or the history. */
	String said();

	/**
	 * The bureau holds the subject as filed.
	 *
	 * @param websiteName {@code Wzmc}, only for a domain query (else null)
	 * @param websiteIcpNumber {@code Wzbah}, only for a domain query (else null)
	 */
	record Filed(StatusQueryType type, String condition, String entityIcpNumber, String websiteName,
			String websiteIcpNumber) implements BeianStatus {

		@Override
		public String said() {
			return type.byDomain()
					? "%s is filed as %s (entity %s, website '%s')".formatted(condition, websiteIcpNumber,
							entityIcpNumber, websiteName)
					: "the entity's %s is filed as %s".formatted(label(type), entityIcpNumber);
		}

		@Override
		public String toString() {
			return "Filed[type=%s, condition=%s, entityIcpNumber=%s, websiteName=%s, websiteIcpNumber=%s]".formatted(
					type, shown(type, condition), entityIcpNumber, websiteName, websiteIcpNumber);
		}

	}

	record NotFiled(StatusQueryType type, String condition) implements BeianStatus {

		@Override
		public String said() {
			return type.byDomain() ? condition + " is not filed at the bureau"
					: "the entity's " + label(type) + " is not filed at the bureau";
		}

		@Override
		public String toString() {
			return "NotFiled[type=%s, condition=%s]".formatted(type, shown(type, condition));
		}

	}

	/**
	 * @param reason what came instead of an answer: the bureau's msg_code and msg, or what the call met
	 * @param circuitOpen the province's gateway let no call through: asking about anything else now is no use
	 */
	record Unanswered(String reason, boolean circuitOpen) implements BeianStatus {

		public Unanswered(String reason) {
			this(reason, false);
		}

		@Override
		public String said() {
			return "the bureau did not answer: " + reason;
		}

	}

	/** What the bureau's reply to {@code question} says. */
	static BeianStatus of(BureauCall.QueryBeianStatus question, BureauReply reply) {
		StatusQueryType type = StatusQueryType.of(question.conditionType());
		if (!(reply instanceof BureauReply.Answered answered)) {
			return new Unanswered(String.valueOf(reply), reply instanceof BureauReply.GatewayUnavailable);
		}
		StatusInfo info = answered.beianStatus();
		if (info == null) {
			return new Unanswered("msg_code %d: %s".formatted(answered.msgCode(), answered.bureauReturn().msg().strip()));
		}
		if (info.conditionType() != type.code() || !sameCondition(type, info.condition(), question.condition())) {
			return new Unanswered("the reply is about Cxtjlx %d '%s', not the question's %d '%s'".formatted(
					info.conditionType(), shown(type, info.condition()), type.code(), shown(type, question.condition())));
		}
		if (!info.filed()) {
			return new NotFiled(type, question.condition());
		}
		return type.byDomain()
				? new Filed(type, question.condition(), info.entityIcpNumber(), info.websiteName(), info.websiteIcpNumber())
				: new Filed(type, question.condition(), info.entityIcpNumber(), null, null);
	}

	/** Asks one province's bureau, through its gateway. */
	static BeianStatus ask(BureauGateway gateway, String province, BureauCall.QueryBeianStatus question) {
		return of(question, gateway.call(province, question));
	}

	private static boolean sameCondition(StatusQueryType type, String echoed, String asked) {
		String a = echoed == null ? "" : echoed.strip();
		String b = asked.strip();
		return type.byDomain() ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) : a.equals(b);
	}

	// certificate numbers are personal data: logs and alerts name the kind, never the number
	private static String shown(StatusQueryType type, String condition) {
		return type.byDomain() ? condition : LogMasking.hidden(condition);
	}

	private static String label(StatusQueryType type) {
		return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
