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
	 * A domain (type 0) is found while its website and entity are filed; a certificate only if it is the stand-in
	 * of a filed entity's BASJ record (type 1, {@code SIM} and the {@code Ztid}): the simulator keeps no others.
	 * Anything cancelled is "not filed" ({@code Bazt} 1).
	 */
	SimulatedReply status(int queryConditionType, String queryCondition) {
		if (queryConditionType < 0 || queryConditionType > 98 || queryCondition.length() < 4
				|| queryCondition.length() > 255) {
			// nothing to echo in StatusInfo (Cxtjlx 0–98, Cxtj 4–255 characters): an error has msg_code and msg only
			BeianStatusReply refused = new BeianStatusReply(999, "queryConditionType %d with a queryCondition of %d "
				.formatted(queryConditionType, queryCondition.length()) + "characters cannot be answered", null);
			return SimulatedReply.ofDocument(BureauReturn.of(refused.msgCode(), refused.msg()), refused.toXml());
		}
		Optional<BeianStatusReply> found = queryConditionType == BY_DOMAIN
				? register.status(queryCondition).map(status -> new BeianStatusReply(0,
						"filed: " + status.websiteIcpNumber(), new StatusInfo(queryConditionType, queryCondition,
								status.websiteName(), status.entityIcpNumber(), status.websiteIcpNumber(), true)))
				: register.entityByCertificate(queryConditionType, queryCondition)
					.map(entity -> new BeianStatusReply(0, "filed: " + entity,
							new StatusInfo(queryConditionType, queryCondition, null, entity, null, true)));
		BeianStatusReply reply = found
			.orElseGet(() -> new BeianStatusReply(0, "no filing found for '%s'".formatted(queryCondition),
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
