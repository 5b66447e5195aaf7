package cn.beianbridge.province.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.province.ProvinceCatalogue;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvinceCatalogueSettings.class)
class ProvinceCatalogueConfiguration {

	@Bean
	ProvinceCatalogue provinceCatalogue(ProvinceCatalogueSettings settings) {
		return new ProvinceCatalogue(ProvinceCatalogueReader.read(settings, ContractProvinceCodes.read()));
	}

}
