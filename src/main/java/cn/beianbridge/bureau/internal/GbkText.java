package cn.beianbridge.bureau.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Every document is GBK: a character GBK cannot hold would silently become '?' in the file, and a control
 * character would make the XML ill-formed, so both are refused before writing, naming the field.
 */
public final class GbkText {

	public static final Charset GBK = Charset.forName("GBK");

	private GbkText() {
	}

	public static String check(String field, String value) {
		CharsetEncoder encoder = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				throw new IllegalArgumentException(
						"%s holds control character U+%04X at offset %d, which XML cannot carry".formatted(field, (int) c, i));
			}
			if (c < 0x80) {
				continue;
			}
			int cp = value.codePointAt(i);
			String character = new String(Character.toChars(cp));
			encoder = encoder == null ? GBK.newEncoder() : encoder;
			if (!encoder.canEncode(character)) {
				throw new IllegalArgumentException("%s holds '%s' (U+%04X) at offset %d, which GBK cannot encode"
						.formatted(field, character, cp, i));
			}
			i += character.length() - 1;
		}
		return value;
	}

}
