package cn.beianbridge.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity number (GB 11643): a 6-digit region, the birth date as yyyyMMdd,
 * a 3-digit sequence and an ISO 7064 MOD 11-2 check character. The old 15-digit numbers are not accepted.
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private ResidentIdNumber() {
	}

	/**
	 * Whether the number has 17 digits, a matching check character and a real birth date. Strict on purpose:
	 * the check character X must be upper case, because the bureau rejects a lower-case x.
	 */
	public static boolean isValid(String number) {
		return number != null && number.length() == 18 && isDigits(number.substring(0, 17))
				&& number.charAt(17) == checkCharacter(number.substring(0, 17))
				&& readBirthDate(number).isPresent();
	}

	/** The birth date (characters 7 to 14) of a valid number; empty when the number is not valid. */
	public static Optional<LocalDate> birthDate(String number) {
		return isValid(number) ? readBirthDate(number) : Optional.empty();
	}

	/** The check character for the first 17 digits; used to make numbers, e.g. for demo data. */
	public static char checkCharacter(String first17) {
		if (first17 == null || first17.length() != 17 || !isDigits(first17)) {
			throw new IllegalArgumentException("expected the first 17 digits of a resident ID number, got: " + first17);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static Optional<LocalDate> readBirthDate(String number) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	// Only ASCII digits: Character.isDigit would also let full-width and other scripts' digits through.
	private static boolean isDigits(String text) {
		return text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

}
