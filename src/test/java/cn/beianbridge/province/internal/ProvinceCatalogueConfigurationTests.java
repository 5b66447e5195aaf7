package cn.beianbridge.province.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import cn.beianbridge.province.ProvinceCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue bean as the application builds it: application.yml imports config/provinces.yml. */
class ProvinceCatalogueConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(ProvinceCatalogueConfiguration.class);

	@Test
	void theApplicationStartsWithEveryProvince() {
		context.run(started -> {
			assertThat(started).hasNotFailed();
			ProvinceCatalogue catalogue = started.getBean(ProvinceCatalogue.class);
			assertThat(catalogue.all()).hasSize(31);
			assertThat(catalogue.get("33").gateway().endpoint()).isEqualTo("http://localhost:8080/simulator/bureau/33");
			assertThat(catalogue.get("33").gatewayRatePerSecond()).isEqualTo(2.0);
		});
	}

	@Test
	void theRateOfCallsIsSetForEveryProvinceAtOnceOrForOne() {
		context.withPropertyValues("bridge.bureau.rate-per-second=50", "bridge.provinces.33.gateway.rate-per-second=5")
			.run(started -> {
				ProvinceCatalogue catalogue = started.getBean(ProvinceCatalogue.class);
				assertThat(catalogue.get("33").gatewayRatePerSecond()).isEqualTo(5.0);
				assertThat(catalogue.get("44").gatewayRatePerSecond()).isEqualTo(50.0);
			});
	}

	@Test
	void anIncompleteProvinceStopsStartUpNamingIt() {
		context.withPropertyValues("bridge.provinces.46.sms-verification.hours=0").run(failed -> {
			assertThat(failed).hasFailed();
			assertThat(failed.getStartupFailure())
				.rootCause()
				.hasMessageContaining("bridge.provinces.46 (Hainan): sms-verification.hours must be greater than 0");
		});
	}

}
