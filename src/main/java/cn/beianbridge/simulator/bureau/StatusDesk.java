package cn.beianbridge.simulator.bureau;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.VerifyBammReply;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.simulator.bureau.SimulatorRows.DomainStatus;

/**
 * {@code isp_querybeianstatus} and {@code isp_verifybamm}. The status reply is the one
 * {@code querybeianstatus-return.xsd} defines ({@link BeianStatusReply}): {@code StatusInfo} with the entity's number
 * ({@code Ztbah}) when filed, and the website's name and number ({@code Wzmc}, {@code Wzbah}) when asked by domain.
 * No schema is published for the password check; the simulator writes {@code <VerifyRes>} after {@code msg}
 * ({@link VerifyBammReply}: 0 correct, 1 wrong), and over the per-password limit msg_code 22 without it.
 */
class StatusDesk {

	static final int BY_DOMAIN = 0;

	private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

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

	/**
	 * Checks the password against the one the register holds for the number's entity (learning it at the first
	 * check of an entity filed before the simulator). A {@code bamm} of 32 hex digits is taken as the MD5, anything
	 * else as the plain password, so a province configured either way is answered.
	 */
	SimulatedReply verifyPassword(Province province, String baxh, String bamm) {
		Optional<IcpNumber> number = IcpNumber.parse(baxh);
		if (number.isEmpty()) {
			return verified(new VerifyBammReply(999, "baxh '%s' is not an ICP number".formatted(baxh), null));
		}
		Instant now = clock.instant();
		if (!limiter.allow(province.code(), number.get().entityNumber().toString(), now)) {
			return verified(new VerifyBammReply(22, "too many checks of this filing password; try again later", null));
		}
		String offered = MD5_HEX.matcher(bamm).matches() ? bamm.toLowerCase(Locale.ROOT) : md5Hex(bamm);
		boolean right = register.passwordMd5(province, baxh, offered, now)
			.map(held -> held.equalsIgnoreCase(offered))
			.orElse(false);
		return verified(new VerifyBammReply(0, right ? "filing password correct" : "filing password wrong", right));
	}

	private static SimulatedReply verified(VerifyBammReply reply) {
		return SimulatedReply.ofDocument(BureauReturn.of(reply.msgCode(), reply.msg()), reply.toXml());
	}

	private static String md5Hex(String plain) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JVM", ex);
		}
	}

}
