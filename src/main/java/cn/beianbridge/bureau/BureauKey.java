package cn.beianbridge.bureau;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The AES key and IV a bureau issues for encryptAlgorithm 1.
 * <p>
 * One documented choice: both are given as the raw text the bureau hands out (bureaus issue 16-character
 * keys), used as its ASCII bytes. Key: 16, 24 or 32 characters (AES-128/192/256); IV: 16. Hex or Base64
 * spellings are not guessed at: convert them to the bytes' text before configuring, or extend here.
 */
public final class BureauKey {

	private final byte[] key;

	private final byte[] iv;

	private BureauKey(byte[] key, byte[] iv) {
		this.key = key;
		this.iv = iv;
	}

	public static BureauKey fromText(String key, String iv) {
		return new BureauKey(ascii("key", key, 16, 24, 32), ascii("IV", iv, 16));
	}

	private static byte[] ascii(String what, String text, int... lengths) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("The bureau AES %s is missing".formatted(what));
		}
		if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw new IllegalArgumentException(
					"The bureau AES %s must be printable ASCII text (no spaces); it holds other characters".formatted(what));
		}
		if (Arrays.stream(lengths).noneMatch(length -> length == text.length())) {
			throw new IllegalArgumentException("The bureau AES %s must be %s characters long, not %d"
					.formatted(what, Arrays.toString(lengths).replaceAll("[\\[\\]]", "").replace(", ", " or "),
							text.length()));
		}
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	public byte[] key() {
		return key.clone();
	}

	public byte[] iv() {
		return iv.clone();
	}

	@Override
	public String toString() {
		return "BureauKey[AES-%d, secret]".formatted(key.length * 8);
	}

}
