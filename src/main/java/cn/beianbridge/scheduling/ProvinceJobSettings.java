package cn.beianbridge.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the province jobs (submit, download) report a province that keeps failing ({@code bridge.province-jobs.*}).
 * The first failure is logged with its cause (and its stack trace, once per new cause); then the province stays
 * quiet while it fails the same way, but for a reminder every {@code remindEvery} with the count; it is logged once
 * more when it recovers.
 *
 * @param remindEvery how often a lasting failure is logged again
 * @param alertAfter a province failing this long alerts the operators, once per spell of failures
 */
@ConfigurationProperties("bridge.province-jobs")
public record ProvinceJobSettings(@DefaultValue("10m") Duration remindEvery, @DefaultValue("30m") Duration alertAfter) {

	public ProvinceJobSettings {
		if (remindEvery.isNegative() || remindEvery.isZero()) {
			throw new IllegalArgumentException("bridge.province-jobs.remind-every must be positive, was " + remindEvery);
		}
		if (alertAfter.isNegative() || alertAfter.isZero()) {
			throw new IllegalArgumentException("bridge.province-jobs.alert-after must be positive, was " + alertAfter);
		}
	}

}
