package cn.beianbridge.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether intake takes CHANGE and CANCEL filings ({@code bridge.intake.change-and-cancel}). Off by default: the bridge
 * cannot send them yet, and a console should not be told "stored" for a request that will not reach the bureau.
 * Refused ones are kept like any rejected input, so they can be taken in once this is on.
 *
 * @param enabled true to take them in; they then wait RECEIVED (or HELD by a province rule) until their upload is built
 */
@ConfigurationProperties("bridge.intake.change-and-cancel")
public record ChangeAndCancelIntake(@DefaultValue("false") boolean enabled) {

	/** The production default. */
	public static final ChangeAndCancelIntake DISABLED = new ChangeAndCancelIntake(false);

	public boolean accepts(FilingType type) {
		return enabled || (type != FilingType.CHANGE && type != FilingType.CANCEL);
	}

}
