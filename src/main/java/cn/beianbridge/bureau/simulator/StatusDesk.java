package cn.beianbridge.bureau.simulator;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.simulator.SimulatorRows.DomainStatus;
import cn.beianbridge.province.Province;

/**
 * {@code isp_querybeianstatus} and {@code isp_verifybamm}. The interface leaves the shape of their answers to each
 * bureau's WSDL; the simulator's choice, appended inside {@code <return>} after {@code msg}:
 * <pre>
 * status of a filed domain: &lt;beianInfos&gt;&lt;Dwmc/&gt;&lt;Wzmc/&gt;&lt;Ztbah/&gt;&lt;Wzbah/&gt;&lt;Ym/&gt;&lt;/beianInfos&gt;  (Dwmc when known)
 * password check:           &lt;verifyResult&gt;1&lt;/verifyResult&gt;  (1 the password is right, 0 wrong or unknown number)
 * </pre>
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

	/** Only domain queries (type 0) can find anything: the simulator keeps no certificate numbers. */
	SimulatedReply status(int queryConditionType, String queryCondition) {
		Optional<DomainStatus> filed = queryConditionType == BY_DOMAIN && !queryCondition.isEmpty()
				? register.status(queryCondition) : Optional.empty();
		if (filed.isEmpty()) {
			return SimulatedReply.of(0, "no filing found for '%s'".formatted(queryCondition));
		}
		DomainStatus status = filed.get();
		return SimulatedReply.withExtra(BureauReturn.of(0, "filed: " + status.websiteIcpNumber()),
				xml -> xml.start("beianInfos")
					.text("Dwmc", status.entityName())
					.text("Wzmc", status.websiteName())
					.text("Ztbah", status.entityIcpNumber())
					.text("Wzbah", status.websiteIcpNumber())
					.text("Ym", status.domain())
					.end());
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
		return SimulatedReply.withExtra(BureauReturn.of(0, msg), xml -> xml.text("verifyResult", right ? 1 : 0));
	}

}
