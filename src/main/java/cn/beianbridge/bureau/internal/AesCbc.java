package cn.beianbridge.bureau.internal;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** encryptAlgorithm 1: AES/CBC/PKCS5Padding with the bureau-issued key and IV. */
public final class AesCbc {

	private AesCbc() {
	}

	public static byte[] encrypt(byte[] key, byte[] iv, byte[] plain) throws GeneralSecurityException {
		return cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(plain);
	}

	public static byte[] decrypt(byte[] key, byte[] iv, byte[] encrypted) throws GeneralSecurityException {
		return cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(encrypted);
	}

	/** A cipher to stream a payload through ({@link PackingChain}). */
	static Cipher encrypting(byte[] key, byte[] iv) throws GeneralSecurityException {
		return cipher(Cipher.ENCRYPT_MODE, key, iv);
	}

	static Cipher decrypting(byte[] key, byte[] iv) throws GeneralSecurityException {
		return cipher(Cipher.DECRYPT_MODE, key, iv);
	}

	private static Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
		return cipher;
	}

}
