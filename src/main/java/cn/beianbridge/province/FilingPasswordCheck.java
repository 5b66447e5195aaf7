package cn.beianbridge.province;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a province's bureau takes the filing password in {@code isp_verifybamm} ({@code bamm}), checked before a
 * filing that needs it is sent ({@code bridge.provinces.<code>.gateway.filing-password-check}). The interface does not
 * say which form {@code bamm} takes, so each bureau's is configured.
 */
public enum FilingPasswordCheck {

	/** {@code bamm} is the hex MD5 of the password, as the upload's {@code ICPmm} (the contract's filingPasswordMd5). */
	MD5,
	/** {@code bamm} is the password itself. */
	PLAIN,
	/** Not checked before sending: the bureau judges the password when it reads the file (1018). */
	OFF;

	/** The default of every province: the form the contract carries. */
	public static final FilingPasswordCheck DEFAULT = MD5;

	/** Read as the configuration spells it, in any case; empty when it is none of these. */
	public static Optional<FilingPasswordCheck> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(form -> form.name().equals(name)).findFirst();
	}

}
