package cn.beianbridge.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.beianbridge.crypto.SealBroken;

/** AES-256-GCM with a random 96-bit nonce and a 128-bit tag: {@code nonce || ciphertext || tag}. */
public final class AesGcm {

	public static final int NONCE_BYTES = 12;

	public static final int TAG_BITS = 128;

	public static final int KEY_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * One cipher and one MAC per thread, initialised afresh for each value: looking the provider up again for every
	 * sealed column was a tenth of a page's intake CPU. A GCM cipher takes a new nonce on each init.
	 */
	private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance(
			"AES/GCM/NoPadding")));

	private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance(
			"HmacSHA256")));

	private AesGcm() {
	}

	public static SecretKey key(byte[] bytes) {
		if (bytes.length != KEY_BYTES) {
			throw new IllegalArgumentException("an AES-256 key has 32 bytes, this one " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	public static byte[] randomKey() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key;
	}

	/** Writes {@code nonce || ciphertext || tag} after {@code header} (which is authenticated, not encrypted). */
	public static byte[] seal(SecretKey key, byte[] header, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = CIPHER.get();
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(header);
			byte[] out = new byte[header.length + NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
			System.arraycopy(header, 0, out, 0, header.length);
			System.arraycopy(nonce, 0, out, header.length, NONCE_BYTES);
			cipher.doFinal(plaintext, 0, plaintext.length, out, header.length + NONCE_BYTES);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available: " + ex, ex);
		}
	}

	/** Opens what {@link #seal} wrote, the first {@code headerLength} bytes being the authenticated header. */
	public static byte[] open(SecretKey key, byte[] sealed, int headerLength) {
		if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
			throw new SealBroken("sealed value too short (" + sealed.length + " bytes)");
		}
		try {
			Cipher cipher = CIPHER.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
			cipher.updateAAD(sealed, 0, headerLength);
			int offset = headerLength + NONCE_BYTES;
			return cipher.doFinal(sealed, offset, sealed.length - offset);
		}
		catch (javax.crypto.AEADBadTagException ex) {
			throw new SealBroken("sealed value refused: altered, or sealed under another key", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new SealBroken("sealed value refused: " + ex.getClass().getSimpleName(), ex);
		}
	}

	public static byte[] hmacSha256(byte[] key, byte[] message) {
		try {
			Mac mac = MAC.get();
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available: " + ex, ex);
		}
	}

	private static <T> T instance(Lookup<T> lookup) {
		try {
			return lookup.get();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM or HmacSHA256 is not available: " + ex, ex);
		}
	}

	private interface Lookup<T> {

		T get() throws GeneralSecurityException;

	}

}
