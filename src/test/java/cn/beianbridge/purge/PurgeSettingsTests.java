package cn.beianbridge.purge;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bridge.purge.*} as the application binds it at start-up. */
class PurgeSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(WithPurgeSettings.class);

	@Test
	void keepsRawFilesOneHundredDaysAndBatchRecordsThirtyByDefault() {
		context.run(started -> {
			PurgeSettings settings = started.getBean(PurgeSettings.class);
			assertThat(settings.retention()).isEqualTo(Duration.ofDays(100));
			assertThat(settings.chunkSize()).isEqualTo(1000);
			assertThat(settings.batchMetadata().age()).isEqualTo(Duration.ofDays(30));
			assertThat(settings.batchMetadata().chunkSize()).isEqualTo(25);
		});
	}

	@Test
	void aRetentionBelowNinetyDaysStopsTheStartNamingTheProperty() {
		context.withPropertyValues("bridge.purge.retention=89d").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("bridge.purge.retention must be at least 90 days")
				.hasMessageContaining("89 days");
		});
		context.withPropertyValues("bridge.purge.retention=P90D")
			.run(started -> assertThat(started.getBean(PurgeSettings.class).retention()).isEqualTo(Duration.ofDays(90)));
	}

	@Test
	void batchRecordsAreKeptAtLeastADaySoAFailedRunCanBeRestarted() {
		context.withPropertyValues("bridge.purge.batch-metadata.age=12h").run(started -> assertThat(
				started.getStartupFailure()).rootCause().hasMessageContaining("bridge.purge.batch-metadata.age"));
		context.withPropertyValues("bridge.purge.chunk-size=0").run(started -> assertThat(started.getStartupFailure())
			.rootCause()
			.hasMessageContaining("bridge.purge.chunk-size"));
	}

	@Test
	void personalDataIsKeptAsLongAsItsPurposeNeedsAndAtLeastADay() {
		context.run(started -> {
			PurgeSettings.PersonalData settings = started.getBean(PurgeSettings.class).personalData();
			assertThat(settings.decidedFilings()).isEqualTo(Duration.ofDays(180));
			assertThat(settings.rejectedInputs()).isEqualTo(Duration.ofDays(30));
			assertThat(settings.notifications()).isEqualTo(Duration.ofDays(90));
			assertThat(settings.events()).isEqualTo(Duration.ofDays(90));
			assertThat(settings.dropFolder()).isEqualTo(Duration.ofDays(30));
		});
		context.withPropertyValues("bridge.purge.personal-data.notifications=2h").run(started -> assertThat(
				started.getStartupFailure()).rootCause()
			.hasMessageContaining("bridge.purge.personal-data.notifications must be at least 1 day"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PurgeSettings.class)
	static class WithPurgeSettings {

	}

}
