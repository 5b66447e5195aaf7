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

}
