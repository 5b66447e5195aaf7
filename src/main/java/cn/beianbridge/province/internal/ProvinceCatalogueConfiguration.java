package cn.beianbridge.province.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import cn.beianbridge.province.ProvinceCatalogue;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvinceCatalogueSettings.class)
class ProvinceCatalogueConfiguration {

	@Bean
	ProvinceCatalogue provinceCatalogue(ProvinceCatalogueSettings settings, Environment environment) {
		return new ProvinceCatalogue(ProvinceCatalogueReader.read(settings, ContractProvinceCodes.read(), environment));
	}

}
