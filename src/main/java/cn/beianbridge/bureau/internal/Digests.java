package cn.beianbridge.bureau.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** MD5 in the two spellings the interface uses: Base64 of the digest (pwdHash, beianInfoHash). */
public final class Digests {

	private Digests() {
	}

	public static byte[] md5(byte[] bytes) {
		return newMd5().digest(bytes);
	}

	public static MessageDigest newMd5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is required of every Java runtime", ex);
		}
	}

	public static String md5Base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(md5(bytes));
	}

}
