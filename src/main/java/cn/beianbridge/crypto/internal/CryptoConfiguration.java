package cn.beianbridge.crypto.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import cn.beianbridge.crypto.CryptoSettings;
import cn.beianbridge.crypto.KeyEncryptionKey;
import cn.beianbridge.crypto.KeyEncryptionKeys;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	static final String MISSING_KEY = "bridge.crypto.master-key is missing (BRIDGE_CRYPTO_MASTER_KEY): personal data "
			+ "is encrypted at rest under it; give Base64 of 32 random bytes (e.g. `openssl rand -base64 32`), kept "
			+ "outside the database";

	/** The master keys from the environment; without one, the demo makes one for this run and production stops. */
	@Bean
	KeyEncryptionKeys keyEncryptionKeys(CryptoSettings settings, Environment environment) {
		KeyEncryptionKey current;
		if (settings.hasMasterKey()) {
			current = EnvironmentKeyEncryptionKey.of(settings.masterKey(), "bridge.crypto.master-key");
		}
		else if (settings.generateMissingKey() && !environment.matchesProfiles("mysql")) {
			current = EnvironmentKeyEncryptionKey.generate();
			log.warn("No bridge.crypto.master-key given: generated master key {} for this run only (demo); what is "
					+ "stored under it cannot be read after a restart", current.id());
		}
		else {
			throw new IllegalStateException(MISSING_KEY);
		}
		List<KeyEncryptionKey> previous = new ArrayList<>();
		List<String> given = settings.previousMasterKeys();
		for (int i = 0; i < given.size(); i++) {
			previous.add(EnvironmentKeyEncryptionKey.of(given.get(i), "bridge.crypto.previous-master-keys[" + i + "]"));
		}
		return new KeyEncryptionKeys(current, previous);
	}

}
