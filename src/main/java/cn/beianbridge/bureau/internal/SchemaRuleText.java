package cn.beianbridge.bureau.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule of a schema validator's message (Xerces, in English), without the value that broke it: the values of a
 * filing are personal data. Facet messages become {@code value breaks maxInclusive 64 (cvc-maxInclusive-valid)};
 * messages about structure name only elements and are kept; anything else has its quoted parts blanked out.
 */
public final class SchemaRuleText {

	private static final Pattern CODE = Pattern.compile("^(cvc-[A-Za-z0-9.-]+): (.*)$", Pattern.DOTALL);

	private static final Pattern LENGTH_FACET = Pattern.compile(
			"Value '.*' with length = '(\\d+)' is not facet-valid with respect to (\\w+) '([^']*)' for type.*",
			Pattern.DOTALL);

	private static final Pattern VALUE_FACET = Pattern
		.compile("Value '.*' is not facet-valid with respect to (\\w+) '([^']*)' for type.*", Pattern.DOTALL);

	private static final Pattern DATATYPE = Pattern.compile("'.*' is not a valid value for '([^']*)'.*", Pattern.DOTALL);

	private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

	private SchemaRuleText() {
	}

	/**
	 * @return the rule, or null for a message that only repeats the one before it ({@code cvc-type.3.1.3},
	 * {@code cvc-attribute.3}: "the value of element X is not valid", after the facet that says why)
	 */
	public static String of(String message) {
		String text = message == null ? "" : message.strip();
		Matcher coded = CODE.matcher(text);
		if (!coded.matches()) {
			return blanked(text);
		}
		String code = coded.group(1);
		String detail = coded.group(2);
		if (code.equals("cvc-type.3.1.3") || code.equals("cvc-attribute.3")) {
			return null;
		}
		Matcher length = LENGTH_FACET.matcher(detail);
		if (length.matches()) {
			return "value of length %s breaks %s %s (%s)".formatted(length.group(1), length.group(2), length.group(3), code);
		}
		Matcher facet = VALUE_FACET.matcher(detail);
		if (facet.matches()) {
			return "value breaks %s %s (%s)".formatted(facet.group(1), facet.group(2), code);
		}
		Matcher datatype = DATATYPE.matcher(detail);
		if (datatype.matches()) {
			return "value is not a valid %s (%s)".formatted(datatype.group(1), code);
		}
		if (code.startsWith("cvc-complex-type.2.4") || code.startsWith("cvc-elt.1") || code.equals("cvc-complex-type.4")
				|| code.equals("cvc-complex-type.2.1") || code.equals("cvc-complex-type.2.3")
				|| code.equals("cvc-complex-type.3.2.2")) {
			// These name elements and attributes only; Xerces writes an unqualified name as "":Name.
			return detail.replace("\"\":", "") + " (" + code + ")";
		}
		return blanked(detail) + " (" + code + ")";
	}

	private static String blanked(String text) {
		return QUOTED.matcher(text).replaceAll("'…'");
	}

}
