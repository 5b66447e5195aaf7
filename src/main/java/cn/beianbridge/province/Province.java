package cn.beianbridge.province;

import java.util.List;

/**
 * One provincial bureau as configured in {@code config/provinces.yml} ({@code bridge.provinces.<code>}).
 *
 * @param code GB/T 2260 two-digit code, e.g. {@code 33}
 * @param abbreviations every abbreviation the province goes by; the first is the one its ICP numbers use
 * @param photoVerification how the applicant is verified in person, spelled as in the filing contract
 *        ({@code BACKDROP_PHOTO}, {@code APP_COLLECTION_CODE})
 * @param rules this province's rules, the rules for every province already merged in
 * @param gateway how to reach the province's bureau
 * @param gatewayRatePerSecond calls per second to that bureau, evenly spaced ({@code gateway.rate-per-second}); the
 *        gateway route's throttle, of no concern to the client, so not part of {@link ProvinceGateway}
 * @param filingPasswordCheck whether, and in which form, a filing password is checked with the bureau before the
 *        filing is sent ({@code gateway.filing-password-check}); the submission's choice, so not the client's either
 */
public record Province(String code, String name, String nameZh, List<String> abbreviations, boolean enabled,
		int reviewLimitBusinessDays, SmsVerification smsVerification, String photoVerification, ProvinceRules rules,
		ProvinceGateway gateway, double gatewayRatePerSecond, FilingPasswordCheck filingPasswordCheck) {

	public Province {
		abbreviations = List.copyOf(abbreviations);
		filingPasswordCheck = filingPasswordCheck == null ? FilingPasswordCheck.DEFAULT : filingPasswordCheck;
	}

	/** The abbreviation in this province's ICP numbers: 蜀 for Sichuan, although 川 is accepted too. */
	public String icpAbbreviation() {
		return abbreviations.get(0);
	}

	/** How reasons and logs name the province, e.g. {@code Shanghai (沪)}. */
	public String displayName() {
		return name + " (" + icpAbbreviation() + ")";
	}

}
