package cn.beianbridge.bureau;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import cn.beianbridge.bureau.internal.Digests;

/**
 * A provider's account at one bureau. Every call authenticates afresh with a new {@code randVal} and
 * {@code pwdHash = Base64(MD5(GBK(password + randVal)))}; the password itself never travels.
 */
public record BureauCredentials(String ispId, String userName, String password) {

	public static final int RAND_VAL_LENGTH = 20;

	private static final String RAND_VAL_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Charset GBK = Charset.forName("GBK");

	public BureauCredentials {
		require("ispId", ispId);
		require("userName", userName);
		require("password", password);
	}

	private static void require(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("The bureau credentials lack " + field);
		}
	}

	/** The authentication parameters for one call. */
	public CallAuthentication authenticate() {
		String randVal = newRandVal();
		return new CallAuthentication(ispId, userName, randVal, pwdHash(password, randVal), PackedPayload.MD5);
	}

	public static String newRandVal() {
		StringBuilder randVal = new StringBuilder(RAND_VAL_LENGTH);
		for (int i = 0; i < RAND_VAL_LENGTH; i++) {
			randVal.append(RAND_VAL_ALPHABET.charAt(RANDOM.nextInt(RAND_VAL_ALPHABET.length())));
		}
		return randVal.toString();
	}

	public static String pwdHash(String password, String randVal) {
		return Digests.md5Base64((password + randVal).getBytes(GBK));
	}

	/** The bureau's side of the check, in constant time. */
	public static boolean pwdHashMatches(String password, String randVal, String pwdHash) {
		return pwdHash != null && MessageDigest.isEqual(Base64.getDecoder().decode(pwdHash(password, randVal)),
				decodeOrEmpty(pwdHash));
	}

	private static byte[] decodeOrEmpty(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	@Override
	public String toString() {
		return "BureauCredentials[ispId=%s, userName=%s, password=***]".formatted(ispId, userName);
	}

	/** The first parameters of every call. */
	public record CallAuthentication(String ispId, String userName, String randVal, String pwdHash, int hashAlgorithm) {
	}

}
