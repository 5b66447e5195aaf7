package cn.beianbridge.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;

import cn.beianbridge.crypto.KeyEncryptionKey;

/** A key-encryption key given as Base64 of 32 bytes ({@code bridge.crypto.master-key}). */
public final class EnvironmentKeyEncryptionKey implements KeyEncryptionKey {

	private static final byte[] WRAP_HEADER = "bb-dek1".getBytes(StandardCharsets.US_ASCII);

	private final byte[] material;

	private final SecretKey key;

	private final String id;

	private EnvironmentKeyEncryptionKey(byte[] material) {
		this.material = material.clone();
		this.key = AesGcm.key(this.material);
		// a name for the key that reveals nothing of it: an HMAC under the key itself
		this.id = "env-" + HexFormat.of().formatHex(derive("key id"), 0, 8);
	}

	/**
	 * @param property the setting the value came from, named in the error
	 * @throws IllegalArgumentException naming the property when the value is not Base64 of 32 bytes
	 */
	public static EnvironmentKeyEncryptionKey of(String base64, String property) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property + " is not Base64 (it must be Base64 of 32 random bytes, e.g. "
					+ "`openssl rand -base64 32`)");
		}
		if (bytes.length != AesGcm.KEY_BYTES) {
			throw new IllegalArgumentException(property + " holds " + bytes.length
					+ " bytes; it must be Base64 of 32 random bytes (e.g. `openssl rand -base64 32`)");
		}
		return new EnvironmentKeyEncryptionKey(bytes);
	}

	public static EnvironmentKeyEncryptionKey generate() {
		return new EnvironmentKeyEncryptionKey(AesGcm.randomKey());
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public byte[] wrap(byte[] dataKey) {
		return AesGcm.seal(key, WRAP_HEADER, dataKey);
	}

	@Override
	public byte[] unwrap(byte[] wrapped) {
		if (wrapped.length < WRAP_HEADER.length) {
			throw new cn.beianbridge.crypto.SealBroken("wrapped data key too short");
		}
		return AesGcm.open(key, wrapped, WRAP_HEADER.length);
	}

	@Override
	public byte[] derive(String purpose) {
		return AesGcm.hmacSha256(material, ("beian-bridge " + purpose).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "master key " + id;
	}

}
