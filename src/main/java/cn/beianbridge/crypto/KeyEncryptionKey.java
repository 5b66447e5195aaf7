package cn.beianbridge.crypto;

/**
 * The key that wraps the data keys (envelope encryption). From the environment by default
 * ({@code bridge.crypto.master-key}); a KMS replaces it by offering a {@link KeyEncryptionKeys} bean of its own, marked {@code @Primary}.
 */
public interface KeyEncryptionKey {

	/** A stable, non-secret name of this key, stored beside every data key it wraps. */
	String id();

	byte[] wrap(byte[] dataKey);

	/** @throws SealBroken when the wrapped key was not made by this key or was altered */
	byte[] unwrap(byte[] wrapped);

	/**
	 * A 256-bit secret derived from this key for one purpose (the blind index), the same on every node and every start.
	 * A KMS computes it with its own MAC operation.
	 */
	byte[] derive(String purpose);

}
