package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.province.Province;

/**
 * {@code isp_querybeianstatus} and {@code isp_verifybamm}. The status reply is the one
 * {@code querybeianstatus-return.xsd} defines ({@link BeianStatusReply}): {@code StatusInfo} with the entity's number
 * ({@code Ztbah}) when filed, and the website's name and number ({@code Wzmc}, {@code Wzbah}) when asked by domain.
 * No schema is published for the password check; the simulator's choice, appended inside {@code <return>} after
 * {@code msg}: {@code <verifyResult>1</verifyResult>} (1 the password is right, 0 wrong or unknown number).
 */
class StatusDesk {

	static final int BY_DOMAIN = 0;

	private final FilingRegister register;

	private final PasswordCheckLimiter limiter;

	private final Clock clock;

	StatusDesk(FilingRegister register, PasswordCheckLimiter limiter, Clock clock) {
		this.register = register;
		this.limiter = limiter;
		this.clock = clock;
	}

	/**
	 * A domain query (type 0) finds the website the domain is filed under; any other type finds the entity an XZBA
	 * filed under that certificate number, whatever the type says the certificate is (the bureau's reading of the
	 * types is not ours to check): its number only, no website.
	 */
	SimulatedReply status(int queryConditionType, String queryCondition) {
		if (queryConditionType < 0 || queryConditionType > 98 || queryCondition.length() < 4
				|| queryCondition.length() > 255) {
			// nothing to echo in StatusInfo (Cxtjlx 0–98, Cxtj 4–255 characters): an error has msg_code and msg only
			BeianStatusReply refused = new BeianStatusReply(999, "queryConditionType %d with a queryCondition of %d "
				.formatted(queryConditionType, queryCondition.length()) + "characters cannot be answered", null);
			return SimulatedReply.ofDocument(BureauReturn.of(refused.msgCode(), refused.msg()), refused.toXml());
		}
		Optional<StatusInfo> filed = queryConditionType == BY_DOMAIN
				? register.status(queryCondition).map(status -> new StatusInfo(queryConditionType, queryCondition,
						status.websiteName(), status.entityIcpNumber(), status.websiteIcpNumber(), true))
				: register.entityWithCertificate(queryCondition).map(entity -> new StatusInfo(queryConditionType,
						queryCondition, null, entity.icpNumber(), null, true));
		BeianStatusReply reply = filed
			.map(status -> new BeianStatusReply(0, "filed: " + (queryConditionType == BY_DOMAIN
					? status.websiteIcpNumber() : status.entityIcpNumber()), status))
			.orElseGet(() -> new BeianStatusReply(0, queryConditionType == BY_DOMAIN
					? "no filing found for '%s'".formatted(queryCondition) : "no filing found for that certificate",
					new StatusInfo(queryConditionType, queryCondition, null, null, null, false)));
		return SimulatedReply.ofDocument(BureauReturn.of(reply.msgCode(), reply.msg()), reply.toXml());
	}

	/** @param bamm the hex MD5 of the filing password, as {@code ICPmm} */
	SimulatedReply verifyPassword(Province province, String baxh, String bamm) {
		if (!limiter.allow(province.code(), clock.instant())) {
			return SimulatedReply.of(22, "too many filing-password checks; try again in a minute");
		}
		Optional<String> password = register.passwordMd5(baxh);
		boolean right = password.isPresent() && password.get().equalsIgnoreCase(bamm.toLowerCase(Locale.ROOT));
		String msg = password.isEmpty() ? "no filing with number '%s'".formatted(baxh)
				: right ? "filing password correct" : "filing password wrong";
		return SimulatedReply.verifyResult(BureauReturn.of(0, msg), right);
	}

}
