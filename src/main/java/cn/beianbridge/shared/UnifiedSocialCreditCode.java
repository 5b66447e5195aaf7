package cn.beianbridge.shared;

/**
 * The 18-character unified social credit code of an organisation (GB 32100), checked with its MOD 31 check
 * character. Upper case only, as issued.
 */
public final class UnifiedSocialCreditCode {

	/** The 31 symbols in value order: digits and upper-case letters without I, O, S, V and Z. */
	private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private UnifiedSocialCreditCode() {
	}

	public static boolean isValid(String code) {
		return code != null && code.length() == 18 && isSymbols(code)
				&& code.charAt(17) == checkCharacter(code.substring(0, 17));
	}

	/** The check character for the first 17 symbols; used to make codes, e.g. for demo data. */
	public static char checkCharacter(String first17) {
		if (first17 == null || first17.length() != 17 || !isSymbols(first17)) {
			throw new IllegalArgumentException(
					"expected the first 17 symbols (0-9, A-Y without I O S V Z) of a unified social credit code, got: "
							+ first17);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += SYMBOLS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return SYMBOLS.charAt((31 - sum % 31) % 31);
	}

	private static boolean isSymbols(String text) {
		return text.chars().allMatch(c -> SYMBOLS.indexOf(c) >= 0);
	}

}
