package cn.beianbridge.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICP number such as {@code 浙ICP备2026012345号-1}: the province abbreviation, {@code ICP备} (filing) or
 * {@code ICP证} (commercial licence), the entity serial (8 digits with a 2-digit year, or 10 with a 4-digit
 * year), {@code 号}, and {@code -N} for the N-th website of that entity.
 * <p>
 * Which abbreviations are accepted is province configuration, so it is the caller's to check
 * ({@link #hasAbbreviationIn(Set)}); this type only knows that an abbreviation is one Chinese character.
 *
 * @param websiteIndex the N of {@code -N}; null for the number of the entity itself
 */
public record IcpNumber(String abbreviation, LicenceKind kind, String serial, Integer websiteIndex) {

	private static final Pattern FORMAT = Pattern
		.compile("(\\p{IsHan})ICP([备证])([0-9]{8}|[0-9]{10})号(?:-([1-9][0-9]{0,8}))?");

	public enum LicenceKind {

		/** ICP备: a non-commercial filing. */
		FILING('备'),
		/** ICP证: a commercial value-added telecom licence. */
		LICENCE('证');

		private final char mark;

		LicenceKind(char mark) {
			this.mark = mark;
		}

		public char mark() {
			return mark;
		}

		static LicenceKind ofMark(char mark) {
			return mark == FILING.mark ? FILING : LICENCE;
		}

	}

	public IcpNumber {
		Objects.requireNonNull(kind, "kind");
		if (abbreviation == null || abbreviation.codePointCount(0, abbreviation.length()) != 1
				|| Character.UnicodeScript.of(abbreviation.codePointAt(0)) != Character.UnicodeScript.HAN) {
			throw new IllegalArgumentException("abbreviation must be one Chinese character, got: " + abbreviation);
		}
		if (serial == null || !serial.matches("[0-9]{8}|[0-9]{10}")) {
			throw new IllegalArgumentException("serial must have 8 or 10 digits, got: " + serial);
		}
		if (websiteIndex != null && websiteIndex < 1) {
			throw new IllegalArgumentException("websiteIndex must be at least 1, got: " + websiteIndex);
		}
	}

	/** The number read from its canonical text; empty if the text is anything else (no trimming is done). */
	public static Optional<IcpNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Integer websiteIndex = matcher.group(4) == null ? null : Integer.valueOf(matcher.group(4));
		return Optional.of(new IcpNumber(matcher.group(1), LicenceKind.ofMark(matcher.group(2).charAt(0)),
				matcher.group(3), websiteIndex));
	}

	/** The number of the entity this number belongs to: itself without {@code -N}. */
	public IcpNumber entityNumber() {
		return websiteIndex == null ? this : new IcpNumber(abbreviation, kind, serial, null);
	}

	public boolean isWebsiteNumber() {
		return websiteIndex != null;
	}

	/** Whether the abbreviation is one of the given ones, e.g. a province's {蜀, 川}. */
	public boolean hasAbbreviationIn(Set<String> abbreviations) {
		return abbreviations.contains(abbreviation);
	}

	@Override
	public String toString() {
		return abbreviation + "ICP" + kind.mark() + serial + "号" + (websiteIndex == null ? "" : "-" + websiteIndex);
	}

}
