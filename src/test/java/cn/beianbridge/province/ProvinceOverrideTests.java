package cn.beianbridge.province;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** config/provinces.yml is imported under the environment: a property given any other way wins. */
@SpringBootTest(properties = { "bridge.provinces.33.enabled=false", "bridge.provinces.33.review-limit-business-days=25",
		"bridge.provinces.44.gateway.endpoint=https://gd.example.cn/isp" })
@ActiveProfiles("test")
class ProvinceOverrideTests {

	@Autowired
	ProvinceCatalogue provinces;

	@Test
	void propertiesOverrideSingleEntriesOfTheCatalogueAndLeaveTheRestAsFiled() {
		assertThat(provinces.get("33").enabled()).isFalse();
		assertThat(provinces.get("33").reviewLimitBusinessDays()).isEqualTo(25);
		assertThat(provinces.get("33").nameZh()).isEqualTo("浙江");
		assertThat(provinces.get("44").gateway().endpoint()).isEqualTo("https://gd.example.cn/isp");
		assertThat(provinces.enabled()).hasSize(30);
	}

}
