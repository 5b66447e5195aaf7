package cn.beianbridge.crypto.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.beianbridge.crypto.CryptoSettings;
import cn.beianbridge.crypto.KeyEncryptionKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Which master key the application starts with, and when it refuses to start. */
@ExtendWith(OutputCaptureExtension.class)
class CryptoConfigurationTests {

	static final String KEY_A = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMtISE=";

	static final String KEY_B = "YW5vdGhlci10ZXN0LW1hc3Rlci1rZXktMzItYnl0ZXM=";

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class,
			CryptoConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CryptoSettings.class)
	static class Settings {

	}

	@Test
	void productionDoesNotStartWithoutAMasterKeyAndSaysWhichSettingIsMissing() {
		runner.withPropertyValues("spring.profiles.active=mysql", "bridge.crypto.master-key=",
				// even when asked to: production never runs on a key nobody kept
				"bridge.crypto.generate-missing-key=true")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bridge.crypto.master-key is missing (BRIDGE_CRYPTO_MASTER_KEY)"));
	}

	@Test
	void theDemoMakesAKeyForTheRunAndSaysSoWithoutShowingIt(CapturedOutput output) {
		runner.withPropertyValues("bridge.crypto.generate-missing-key=true").run(context -> {
			assertThat(context).hasNotFailed();
			KeyEncryptionKeys keys = context.getBean(KeyEncryptionKeys.class);
			assertThat(output).contains("generated master key " + keys.current().id());
			assertThat(keys.previous()).isEmpty();
		});
	}

	@Test
	void aKeyThatIsNotBase64Of32BytesIsRefusedNamingTheSetting() {
		runner.withPropertyValues("bridge.crypto.master-key=c2hvcnQ=")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bridge.crypto.master-key holds 5 bytes"));
		runner.withPropertyValues("bridge.crypto.master-key=" + KEY_A,
				"bridge.crypto.previous-master-keys=" + KEY_B + ",not base64!")
			.run(context -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bridge.crypto.previous-master-keys[1] is not Base64"));
	}

	@Test
	void theCurrentKeyAndThePreviousOnesAreKnownByTheirIds() {
		runner.withPropertyValues("bridge.crypto.master-key=" + KEY_B, "bridge.crypto.previous-master-keys=" + KEY_A)
			.run(context -> {
				KeyEncryptionKeys keys = context.getBean(KeyEncryptionKeys.class);
				String a = EnvironmentKeyEncryptionKey.of(KEY_A, "a").id();
				assertThat(keys.current().id()).isEqualTo(EnvironmentKeyEncryptionKey.of(KEY_B, "b").id())
					.isNotEqualTo(a);
				assertThat(keys.find(a)).isPresent();
				assertThat(keys.current().id()).doesNotContain(KEY_B);
			});
	}

}
