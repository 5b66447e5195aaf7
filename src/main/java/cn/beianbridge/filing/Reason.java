package cn.beianbridge.filing;

/**
 * Why a filing is held, rejected or refused, in words a person can act on.
 *
 * @param code a stable machine code (a rule name, {@code CONTRACT}, a bureau code such as {@code 1005}); may be null
 * @param field where the problem is: a JSON path into the filing such as {@code $.websites[0].name}; may be null
 * @param text the readable reason
 */
public record Reason(String code, String field, String text) {

	public static Reason of(String code, String field, String text) {
		return new Reason(code, field, text);
	}

	/**
	 * The rule and the field, for a log line: the text may quote what the bureau or the console sent, which can hold
	 * personal data; the text stays with the filing and in the console's event.
	 */
	public String ruleAndField() {
		return (code == null ? "reason" : code) + (field == null ? "" : " at " + field);
	}

}
