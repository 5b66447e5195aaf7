package cn.beianbridge.crypto.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.CryptoSettings;
import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;

/**
 * Production does not start without a master key, nor with one that is not Base64 of 32 bytes: asked here first, it
 * joins the one list of what production lacks (the key configuration refuses it on its own too).
 */
@Component
class CryptoReadiness implements ProductionReadiness {

	@Override
	public void check(Environment environment, ReadinessFindings findings) {
		try {
			CryptoSettings settings = Binder.get(environment).bindOrCreate("bridge.crypto", CryptoSettings.class);
			if (!settings.hasMasterKey()) {
				findings.refuse(CryptoConfiguration.MISSING_KEY);
				return;
			}
			EnvironmentKeyEncryptionKey.of(settings.masterKey(), "bridge.crypto.master-key");
			for (int i = 0; i < settings.previousMasterKeys().size(); i++) {
				EnvironmentKeyEncryptionKey.of(settings.previousMasterKeys().get(i),
						"bridge.crypto.previous-master-keys[" + i + "]");
			}
		}
		catch (IllegalArgumentException unfit) {
			findings.refuse(unfit.getMessage());
		}
	}

}
