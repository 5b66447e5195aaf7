package cn.beianbridge.ops.internal;

/**
 * How the console shows personal data unless an ADMIN unmasks it: enough to tell two people apart and to check a
 * value someone reads out, not enough to use it. ID number: first 3 and last 2; mobile: first 3 and last 4
 * ({@code 138****1234}); email: first character and the domain; a name: its first character.
 */
final class PersonalDataMask {

	private PersonalDataMask() {
	}

	static String idNumber(String value) {
		return keep(value, 3, 2);
	}

	static String mobile(String value) {
		return keep(value, 3, 4);
	}

	static String email(String value) {
		if (value == null) {
			return null;
		}
		int at = value.indexOf('@');
		return at <= 0 ? keep(value, 1, 0) : value.charAt(0) + "***" + value.substring(at);
	}

	static String name(String value) {
		return keep(value, 1, 0);
	}

	/** A phone that may be an office line ({@code 0571-88886666}): as a mobile, the middle hidden. */
	static String phone(String value) {
		return keep(value, 3, 4);
	}

	private static String keep(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		int length = value.codePointCount(0, value.length());
		if (length <= head + tail) {
			return "*".repeat(length);
		}
		int headEnd = value.offsetByCodePoints(0, head);
		int tailStart = value.offsetByCodePoints(0, length - tail);
		return value.substring(0, headEnd) + "*".repeat(length - head - tail) + value.substring(tailStart);
	}

}
