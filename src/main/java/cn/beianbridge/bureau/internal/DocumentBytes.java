package cn.beianbridge.bureau.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
		Charset charset = charset(bytes);
		int start = start(bytes);
		try {
			return decoder(charset).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableDocument("The document is not valid %s: %s".formatted(charset.name(), ex.getMessage()), ex);
		}
	}

	/**
	 * As {@link #decode}, as a reader, for a document too large to hold a second time as text: every byte is checked
	 * first (a pass that keeps nothing), so reading it later fails on no character.
	 */
	public static Reader reader(byte[] bytes) {
		Charset charset = charset(bytes);
		int start = start(bytes);
		CharsetDecoder decoder = decoder(charset);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(8192);
		CoderResult result;
		do {
			out.clear();
			result = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
			if (result.isError()) {
				throw new UnreadableDocument("The document is not valid %s: %s".formatted(charset.name(),
						result.isMalformed() ? "Input length = " + result.length() : "Unmappable input"));
			}
		}
		while (in.hasRemaining() || result.isOverflow());
		return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), decoder(charset));
	}

	private static CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean utf8Bom(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
	}

	private static Charset charset(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableDocument("The document is empty");
		}
		return utf8Bom(bytes) ? StandardCharsets.UTF_8 : declaredCharset(bytes);
	}

	private static int start(byte[] bytes) {
		return utf8Bom(bytes) ? 3 : 0;
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
