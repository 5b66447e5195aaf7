package cn.beianbridge.filing.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.filing.CancelReasons;
import cn.beianbridge.filing.FilingContract;
import cn.beianbridge.filing.ProvinceRuleCheck;
import cn.beianbridge.province.ProvinceCatalogue;

/** The contract and the rules are plain Java (unit-tested without Spring); here they become beans. */
@Configuration(proxyBeanMethods = false)
class FilingConfiguration {

	@Bean
	FilingContract filingContract(ProvinceCatalogue provinces, CancelReasons cancelReasons) {
		return new FilingContract(provinces.abbreviationsByProvince(), cancelReasons);
	}

	@Bean
	ProvinceRuleCheck provinceRuleCheck(ProvinceCatalogue provinces, FilingQueries queries) {
		return new ProvinceRuleCheck(provinces, queries::filedWebsiteNumbers);
	}

}
