package cn.beianbridge.submission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The provider id is checked against the schema's type of Qqdwid when the application starts. */
class SubmissionSettingsTests {

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Settings.class);

	@ParameterizedTest
	@ValueSource(strings = { "beianbridge", "0", "-7", "12.5", "9223372036854775808", "ISP-QQDW" })
	void anIdThatDoesNotFitQqdwidIsRefusedNamingThePropertyAndWhatTheSchemaWants(String providerId) {
		assertThatThrownBy(() -> new SubmissionSettings(providerId))
			.hasMessageContaining("bridge.submission.provider-id '" + providerId + "' does not fit the bureau's Qqdwid")
			.hasMessageContaining("upload-data.xsd wants an integer (xs:long) of at least 1")
			.hasMessageContaining("cvc-");
	}

	@Test
	void aNumericIdFits() {
		assertThat(new SubmissionSettings("110000000211").providerId()).isEqualTo("110000000211");
	}

	@Test
	void theDemoHasANumericIdThatFits() {
		application.withPropertyValues("spring.profiles.active=demo").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SubmissionSettings.class).providerId()).isEqualTo("330000000001");
		});
	}

	@Test
	void productionTakesItFromTheEnvironmentAndDoesNotStartWithout() {
		application.withPropertyValues("spring.profiles.active=mysql").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("bridge.submission.provider-id is missing (BRIDGE_SUBMISSION_PROVIDER_ID)");
		});
		application.withPropertyValues("spring.profiles.active=mysql")
			.withSystemProperties("BRIDGE_SUBMISSION_PROVIDER_ID=440000000123")
			.run(context -> assertThat(context.getBean(SubmissionSettings.class).providerId()).isEqualTo("440000000123"));
		application.withPropertyValues("spring.profiles.active=mysql")
			.withSystemProperties("BRIDGE_SUBMISSION_PROVIDER_ID=beianbridge")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("'beianbridge' does not fit the bureau's Qqdwid"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SubmissionSettings.class)
	static class Settings {

	}

}
