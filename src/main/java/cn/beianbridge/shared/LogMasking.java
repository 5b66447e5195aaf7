package cn.beianbridge.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data kept out of logs: {@link #hidden} for a record's {@code toString}, {@link #masked} for free text (the
 * logging safety net). Masked values keep a few characters so an operator can still tell two people apart.
 */
public final class LogMasking {

	/** An 18-character resident ID: region, a plausible birth date, sequence, check character. */
	private static final Pattern RESIDENT_ID = Pattern.compile(
			"(?<![0-9A-Za-z])([1-9]\\d{2})\\d{3}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]"
					+ "(?![0-9A-Za-z])");

	/** A mainland mobile, optionally with the country code. */
	private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86[- ]?)?(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

	private LogMasking() {
	}

	/** What a {@code toString} shows of a personal value: whether there is one, not what it is. */
	public static String hidden(Object value) {
		return value == null ? "null" : "***";
	}

	/** The text with every resident ID, mobile and email in it masked: 110***********123X, 138****8000, z***@example.cn. */
	public static String masked(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = replace(RESIDENT_ID, text, m -> m.group(1) + "*".repeat(11) + m.group().substring(14));
		masked = replace(MOBILE, masked, m -> m.group(1) + "****" + m.group(2));
		return replace(EMAIL, masked, m -> m.group(1) + "***@" + m.group(2));
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> mask) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		do {
			matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher)));
		}
		while (matcher.find());
		matcher.appendTail(out);
		return out.toString();
	}

}
