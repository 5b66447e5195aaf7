package cn.beianbridge.crypto;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bridge.crypto.*}: encryption at rest of personal data.
 *
 * @param masterKey the key-encryption key, Base64 of 32 random bytes ({@code BRIDGE_CRYPTO_MASTER_KEY}); blank: the
 * application does not start, unless {@code generateMissingKey} (the demo)
 * @param previousMasterKeys keys that wrapped data keys before the current one (comma-separated), kept until a start
 * with them has re-wrapped those data keys under the current key
 * @param generateMissingKey the demo only: without a master key one is generated for this run (data written with it
 * cannot be read after a restart); never in the {@code mysql} profile
 * @param reseal the background re-encryption of rows under retired data keys
 */
@ConfigurationProperties("bridge.crypto")
public record CryptoSettings(String masterKey, @DefaultValue List<String> previousMasterKeys,
		@DefaultValue("false") boolean generateMissingKey, @DefaultValue Reseal reseal) {

	public CryptoSettings {
		previousMasterKeys = previousMasterKeys == null ? List.of()
				: previousMasterKeys.stream().map(String::trim).filter(key -> !key.isEmpty()).toList();
	}

	public boolean hasMasterKey() {
		return masterKey != null && !masterKey.isBlank();
	}

	/** @param chunkSize rows re-encrypted per transaction */
	public record Reseal(@DefaultValue("200") int chunkSize) {

		public Reseal {
			if (chunkSize < 1 || chunkSize > 10_000) {
				throw new IllegalArgumentException(
						"bridge.crypto.reseal.chunk-size must be between 1 and 10000, was " + chunkSize);
			}
		}

	}

}
