package cn.beianbridge.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A configured bearer token, compared in constant time with what a caller presents; blank accepts nobody. */
public final class BearerToken {

	private static final String PREFIX = "Bearer ";

	private final byte[] expected;

	public BearerToken(String token) {
		this.expected = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	public boolean isBlank() {
		return expected.length == 0;
	}

	/** Whether an {@code Authorization} header (may be null) carries this token. */
	public boolean presentedIn(String authorizationHeader) {
		if (isBlank() || authorizationHeader == null || !authorizationHeader.startsWith(PREFIX)) {
			return false;
		}
		byte[] given = authorizationHeader.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected, given);
	}

	/** Never the token. */
	@Override
	public String toString() {
		return isBlank() ? "BearerToken[blank]" : "BearerToken[******]";
	}

}
