package cn.beianbridge.province;

import java.time.Duration;

/**
 * MIIT's SMS verification (短信核验) after submission: the applicant must answer within {@code hours},
 * or the bureau returns the filing. Every province since 2020-08-17; kept per province because it changed before.
 */
public record SmsVerification(boolean required, int hours) {

	public Duration window() {
		return Duration.ofHours(hours);
	}

}
