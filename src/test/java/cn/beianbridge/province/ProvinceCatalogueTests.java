package cn.beianbridge.province;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beianbridge.province.ProvinceRules.ForbiddenWords;
import cn.beianbridge.province.internal.ContractProvinceCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProvinceCatalogueTests {

	// DOMAIN.md, "Provinces"
	private static final List<String> CODES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65");

	private final ProvinceCatalogue catalogue = ConfiguredProvinces.catalogue();

	@Test
	void everyProvinceOfTheDomainAndTheContractIsConfiguredAndEnabled() {
		assertThat(catalogue.all()).extracting(Province::code).containsExactlyElementsOf(CODES);
		assertThat(ContractProvinceCodes.read()).containsExactlyInAnyOrderElementsOf(CODES);
		assertThat(catalogue.enabled()).hasSize(31);
	}

	@ParameterizedTest
	@CsvSource({ "11, Beijing, 北京, 京", "15, Inner Mongolia, 内蒙古, 蒙", "31, Shanghai, 上海, 沪", "33, Zhejiang, 浙江, 浙",
			"44, Guangdong, 广东, 粤", "65, Xinjiang, 新疆, 新" })
	void namesAndIcpAbbreviation(String code, String name, String nameZh, String abbreviation) {
		Province province = catalogue.get(code);
		assertThat(province.name()).isEqualTo(name);
		assertThat(province.nameZh()).isEqualTo(nameZh);
		assertThat(province.abbreviations()).containsExactly(abbreviation);
		assertThat(province.icpAbbreviation()).isEqualTo(abbreviation);
	}

	@ParameterizedTest
	@CsvSource({ "51, 蜀, 川", "52, 黔, 贵", "53, 滇, 云", "62, 陇, 甘" })
	void provincesWithTwoAbbreviationsUseTheFirstInIcpNumbers(String code, String icp, String other) {
		assertThat(catalogue.get(code).icpAbbreviation()).isEqualTo(icp);
		assertThat(catalogue.abbreviationsByProvince().get(code)).containsExactly(icp, other);
	}

	@Test
	void zhejiangReviewsIn30BusinessDaysEveryOtherProvinceIn20() {
		assertThat(catalogue.get("33").reviewLimitBusinessDays()).isEqualTo(30);
		assertThat(catalogue.all()).filteredOn(province -> !province.code().equals("33"))
				.allSatisfy(province -> assertThat(province.reviewLimitBusinessDays()).isEqualTo(20));
	}

	@Test
	void smsVerificationWithin24HoursEverywhere() {
		assertThat(catalogue.all()).allSatisfy(province -> {
			assertThat(province.smsVerification().required()).isTrue();
			assertThat(province.smsVerification().window()).hasHours(24);
		});
	}

	@Test
	void shanghaiVerifiesByAppCollectionCodeTheOthersByBackdropPhoto() {
		assertThat(catalogue.get("31").photoVerification()).isEqualTo("APP_COLLECTION_CODE");
		assertThat(catalogue.all()).filteredOn(province -> !province.code().equals("31"))
				.allSatisfy(province -> assertThat(province.photoVerification()).isEqualTo("BACKDROP_PHOTO"));
	}

	@Test
	void gatewaysDefaultToTheSimulatorAndTakeSecretsFromTheEnvironment() {
		ProvinceGateway zhejiang = catalogue.get("33").gateway();
		assertThat(zhejiang.endpoint()).isEqualTo("http://localhost:8080/simulator/bureau/33");
		assertThat(zhejiang.namespace()).isEqualTo("http://beian.miit.gov.cn/isp");
		assertThat(zhejiang.password()).isEmpty();
		assertThat(zhejiang.encrypts()).isFalse();

		ProvinceGateway configured = ConfiguredProvinces.read(ConfiguredProvinces.text(),
				Map.of("BRIDGE_GW_33_PASSWORD", "s3cret", "BRIDGE_GW_33_AES_KEY", "k", "BRIDGE_GW_33_AES_IV", "v",
						"BRIDGE_GW_33_ENDPOINT", "https://bureau.example/33"))
			.get("33")
			.gateway();
		assertThat(configured.password()).isEqualTo("s3cret");
		assertThat(configured.endpoint()).isEqualTo("https://bureau.example/33");
		assertThat(configured.encrypts()).isTrue();
		assertThat(configured.toString()).doesNotContain("s3cret");
	}

	@Test
	void aProvinceWithoutAGatewayBlockOfItsOwnGetsTheOneForEveryProvince() {
		String entries = ConfiguredProvinces.text().substring(ConfiguredProvinces.text().indexOf("\n  provinces:"));
		assertThat(entries).as("province entries").doesNotContain("gateway:");
		assertThat(catalogue.all()).allSatisfy(province -> {
			assertThat(province.gateway().endpoint())
				.isEqualTo("http://localhost:8080/simulator/bureau/" + province.code());
			assertThat(province.gateway().namespace()).isEqualTo("http://beian.miit.gov.cn/isp");
			assertThat(province.gatewayRatePerSecond()).isEqualTo(2.0);
		});
	}

	@Test
	void aProvincesOwnGatewayBlockReplacesSingleValues() {
		String slowGuangdong = ConfiguredProvinces.text()
			.replace("      name-zh: 广东\n", "      name-zh: 广东\n      gateway: { rate-per-second: 0.5 }\n");
		ProvinceCatalogue catalogue = ConfiguredProvinces.read(slowGuangdong, Map.of());

		assertThat(catalogue.get("44").gatewayRatePerSecond()).isEqualTo(0.5);
		assertThat(catalogue.get("44").gateway().endpoint()).isEqualTo("http://localhost:8080/simulator/bureau/44");
		assertThat(catalogue.get("44").gateway().namespace()).isEqualTo("http://beian.miit.gov.cn/isp");
		assertThat(catalogue.get("45").gatewayRatePerSecond()).isEqualTo(2.0);
	}

	@Test
	void everyProvinceChecksTheFilingPasswordAsMd5UnlessItsOwnBlockSaysOtherwise() {
		assertThat(catalogue.all()).extracting(Province::filingPasswordCheck).containsOnly(FilingPasswordCheck.MD5);

		String plainHubei = ConfiguredProvinces.text()
			.replace("      name-zh: 湖北\n", "      name-zh: 湖北\n      gateway: { filing-password-check: plain }\n");
		ProvinceCatalogue catalogue = ConfiguredProvinces.read(plainHubei, Map.of("BRIDGE_PROVINCES_45_GATEWAY_FILING_"
				+ "PASSWORD_CHECK", "OFF"));

		assertThat(catalogue.get("42").filingPasswordCheck()).isEqualTo(FilingPasswordCheck.PLAIN);
		assertThat(catalogue.get("45").filingPasswordCheck()).isEqualTo(FilingPasswordCheck.OFF);
		assertThat(catalogue.get("43").filingPasswordCheck()).isEqualTo(FilingPasswordCheck.MD5);
	}

	@Test
	void aFilingPasswordCheckOfNoKnownFormIsNamed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ConfiguredProvinces.read(ConfiguredProvinces.text(),
					Map.of("bridge.provinces.42.gateway.filing-password-check", "SHA1")))
			.withMessageContaining("bridge.provinces.42 (Hubei): gateway.filing-password-check must be MD5, PLAIN or OFF, "
					+ "is 'SHA1'");
	}

	@Test
	void theEnvironmentWinsOverTheGatewayBlocks() {
		ProvinceCatalogue catalogue = ConfiguredProvinces.read(ConfiguredProvinces.text(),
				Map.of("BRIDGE_PROVINCES_33_GATEWAY_RATE_PER_SECOND", "5", "BRIDGE_BUREAU_RATE_PER_SECOND", "50",
						"BRIDGE_PROVINCES_33_GATEWAY_NAMESPACE", "http://zj.example/isp", "BRIDGE_GW_44_ENDPOINT",
						"https://gd.example/isp", "BRIDGE_PROVINCES_44_GATEWAY_ENDPOINT", "https://gd.example/v2"));

		assertThat(catalogue.get("33").gatewayRatePerSecond()).isEqualTo(5.0);
		assertThat(catalogue.get("33").gateway().namespace()).isEqualTo("http://zj.example/isp");
		assertThat(catalogue.get("65").gatewayRatePerSecond()).as("bridge.bureau.rate-per-second").isEqualTo(50.0);
		assertThat(catalogue.get("44").gateway().endpoint()).as("the province's own property before BRIDGE_GW_44_*")
			.isEqualTo("https://gd.example/v2");
	}

	@Test
	void aProvinceCanBeSwitchedOffFromOutsideTheFile() {
		ProvinceCatalogue withoutTibet = ConfiguredProvinces.read(ConfiguredProvinces.text(),
				Map.of("bridge.provinces.54.enabled", "false"));
		assertThat(withoutTibet.enabled()).hasSize(30).extracting(Province::code).doesNotContain("54");
		assertThat(withoutTibet.get("54").enabled()).isFalse();
	}

	@Test
	void provinceRulesAddToTheRulesForEveryProvince() {
		ProvinceRules shanghai = catalogue.get("31").rules();
		ProvinceRules beijing = catalogue.get("11").rules();
		assertThat(shanghai.websiteNameForbiddenWords()).containsAll(beijing.websiteNameForbiddenWords())
				.hasSize(beijing.websiteNameForbiddenWords().size() + 1);
		assertThat(shanghai.websiteNameForbiddenWords()).last().extracting(ForbiddenWords::words).isEqualTo(List.of("论坛"));
		assertThat(shanghai.websiteNameNeedsChinese()).isTrue();
		assertThat(beijing.websiteNameNeedsChinese()).isFalse();
		assertThat(beijing.websiteNameNotOnlyLatinOrDigits()).isTrue();
		assertThat(beijing.attachmentMaxSize().get("VERIFICATION_FORM").toBytes()).isEqualTo(150 * 1024);
		assertThat(beijing.attachmentMaxSize().get("SITE_PHOTO").toBytes()).isEqualTo(100 * 1024);
		assertThat(beijing.minApplicantAge()).isNull();
		assertThat(catalogue.get("33").rules().minApplicantAge().when().natureIn()).containsExactly("INDIVIDUAL");
		assertThat(catalogue.get("41").rules().domainCertificateFromDomains()).isEqualTo(4);
	}

	@Test
	void anUnknownCodeIsNamedInTheError() {
		assertThat(catalogue.find("99")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.get("99")).withMessageContaining("'99'");
	}

	@Test
	void aMissingFieldStopsTheCatalogueNamingProvinceAndField() {
		String withoutZhejiangName = ConfiguredProvinces.text().replace("      name-zh: 浙江\n", "");
		assertThatIllegalStateException()
			.isThrownBy(() -> ConfiguredProvinces.read(withoutZhejiangName, Map.of()))
			.withMessageContaining("bridge.provinces.33 (Zhejiang): name-zh is missing");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ConfiguredProvinces.read(ConfiguredProvinces.text(),
					Map.of("bridge.provinces.44.review-limit-business-days", "0", "bridge.provinces.42.rules.max-domains",
							"0", "bridge.provinces.43.abbreviations", "湘,鄂", "bridge.provinces.99.name", "Atlantis",
							"bridge.provinces.45.gateway.rate-per-second", "0")))
			.withMessageContaining("bridge.provinces.44 (Guangdong): review-limit-business-days must be greater than 0")
			.withMessageContaining("bridge.provinces.42.rules.max-domains: must be greater than 0")
			.withMessageContaining("鄂 is already the abbreviation of province 42")
			.withMessageContaining("bridge.provinces.99: 99 is not a province code")
			.withMessageContaining("bridge.provinces.45 (Guangxi): gateway.rate-per-second must be greater than 0, is 0.0");
	}

	@Test
	void aMissingProvinceIsNamed() {
		String withoutXinjiang = ConfiguredProvinces.text().substring(0, ConfiguredProvinces.text().indexOf("    \"65\":"));
		assertThatIllegalStateException().isThrownBy(() -> ConfiguredProvinces.read(withoutXinjiang, Map.of()))
			.withMessageContaining("no entry for [65]");
	}

}
