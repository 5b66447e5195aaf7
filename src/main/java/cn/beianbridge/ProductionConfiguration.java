package cn.beianbridge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The production profile's start-up check ({@link ProductionReadinessCheck}). */
@Configuration(proxyBeanMethods = false)
@Profile(ChosenProfile.PRODUCTION)
class ProductionConfiguration {

	/** Static: a post-processor must not wait for its configuration class to be made. */
	@Bean
	static ProductionReadinessCheck productionReadinessCheck() {
		return new ProductionReadinessCheck();
	}

	@Bean
	static PlatformReadiness platformReadiness() {
		return new PlatformReadiness();
	}

}
