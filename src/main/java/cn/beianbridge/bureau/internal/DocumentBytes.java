package cn.beianbridge.bureau.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beianbridge.bureau.UnreadableDocument;

/**
 * Decodes a document's bytes by the encoding its XML declaration names, GBK when it names none (the
 * interface's encoding), and refuses bytes that are not valid in it rather than inventing characters.
 */
public final class DocumentBytes {

	private static final Pattern DECLARED_ENCODING = Pattern
		.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

	private DocumentBytes() {
	}

	public static String decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableDocument("The document is empty");
		}
		boolean utf8Bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf;
		Charset charset = utf8Bom ? StandardCharsets.UTF_8 : declaredCharset(bytes);
		int start = utf8Bom ? 3 : 0;
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableDocument("The document is not valid %s: %s".formatted(charset.name(), ex.getMessage()), ex);
		}
	}

	private static Charset declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
		Matcher declared = DECLARED_ENCODING.matcher(head);
		if (!declared.find()) {
			return GbkText.GBK;
		}
		try {
			return Charset.forName(declared.group(1));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new UnreadableDocument("The document declares an unknown encoding: " + declared.group(1), ex);
		}
	}

}
