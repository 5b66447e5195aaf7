package cn.beianbridge.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bridge.notifications.*} as the application binds it at start-up. */
class NotificationSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(WithNotificationSettings.class);

	@Test
	void sendsEightSmsAndFourMailsAtOnceByDefault() {
		context.run(started -> {
			NotificationSettings settings = started.getBean(NotificationSettings.class);
			assertThat(settings.concurrency(Channel.SMS)).isEqualTo(8);
			assertThat(settings.concurrency(Channel.EMAIL)).isEqualTo(4);
		});
		context.withPropertyValues("bridge.notifications.sms.concurrency=16", "bridge.notifications.email.concurrency=2")
			.run(started -> {
				NotificationSettings settings = started.getBean(NotificationSettings.class);
				assertThat(settings.concurrency(Channel.SMS)).isEqualTo(16);
				assertThat(settings.concurrency(Channel.EMAIL)).isEqualTo(2);
			});
	}

	@Test
	void aConcurrencyOutOfRangeStopsTheStartNamingTheProperty() {
		context.withPropertyValues("bridge.notifications.sms.concurrency=0").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("bridge.notifications.sms.concurrency must be between 1 and 64, was 0");
		});
		context.withPropertyValues("bridge.notifications.email.concurrency=500").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("bridge.notifications.email.concurrency must be between 1 and 64, was 500");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationSettings.class)
	static class WithNotificationSettings {

	}

}
