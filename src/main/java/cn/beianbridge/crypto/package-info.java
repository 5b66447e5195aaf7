/**
 * Crypto: personal data at rest. {@link cn.beianbridge.crypto.PersonalData} seals values with AES-256-GCM under a
 * data key and computes blind indexes (HMAC-SHA256 under a key derived from the master key) for lookups; MyBatis
 * seals a column where its mapper names {@link cn.beianbridge.crypto.SealedText},
 * {@link cn.beianbridge.crypto.SealedBytes} or {@link cn.beianbridge.crypto.BlindIndex}, and the module that owns the
 * table opens what it reads. Each module seals its own columns; none reads another's.
 * <p>
 * Envelope encryption: data keys are random, stored wrapped by the {@link cn.beianbridge.crypto.KeyEncryptionKey}
 * ({@code bridge.crypto.master-key} from the environment, or a KMS). Rotation: start with the new master key and the
 * old one in {@code bridge.crypto.previous-master-keys}; start-up re-wraps the data keys and retires them, the
 * {@code reseal} work seals the rows again under a new data key through each module's
 * {@link cn.beianbridge.crypto.Resealable}.
 * <p>
 * A separate module and not part of {@code shared}: it owns tables ({@code crypto_data_key},
 * {@code crypto_reseal_progress}) and beans, and shared owns none. Not a step of the flow.
 */
package cn.beianbridge.crypto;
