package cn.beianbridge.province.internal;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import cn.beianbridge.province.ProvinceRules.ForbiddenWords;
import cn.beianbridge.province.ProvinceRules.MinimumAge;
import cn.beianbridge.province.ProvinceRules.WebsiteLimit;

/**
 * {@code config/provinces.yml} as written: {@code bridge.provinces.<code>}, and what every province shares: the
 * rules, {@code bridge.rules}, and the gateway, {@code bridge.gateway}. Everything may be missing here;
 * {@link ProvinceCatalogueReader} says what is.
 */
@ConfigurationProperties("bridge")
public record ProvinceCatalogueSettings(Map<String, ProvinceSettings> provinces, RuleSettings rules,
		GatewaySettings gateway) {

	public ProvinceCatalogueSettings {
		provinces = provinces == null ? Map.of() : Map.copyOf(provinces);
		rules = rules == null ? RuleSettings.NONE : rules;
		gateway = gateway == null ? GatewaySettings.NONE : gateway;
	}

	public record ProvinceSettings(String name, String nameZh, List<String> abbreviations, Boolean enabled,
			Integer reviewLimitBusinessDays, SmsSettings smsVerification, String photoVerification,
			GatewaySettings gateway, RuleSettings rules) {
	}

	/**
	 * A gateway block; {@code null} means "not said here".
	 *
	 * @param filingPasswordCheck {@code MD5}, {@code PLAIN} or {@code OFF} ({@link cn.beianbridge.province.FilingPasswordCheck})
	 */
	public record GatewaySettings(String endpoint, String namespace, String ispId, String userName, String password,
			String aesKey, String aesIv, Double ratePerSecond, String filingPasswordCheck) {

		static final GatewaySettings NONE = new GatewaySettings(null, null, null, null, null, null, null, null, null);

	}

	public record SmsSettings(Boolean required, Integer hours) {
	}

	/** A rules block; {@code null} means "not said here". */
	public record RuleSettings(List<ForbiddenWords> websiteNameForbiddenWords, Boolean websiteNameNotOnlyLatinOrDigits,
			Boolean websiteNameNeedsChinese, Integer domainCertificateFromDomains, Integer maxDomains,
			WebsiteLimit maxWebsites, MinimumAge minApplicantAge, Integer maxIpsPerWebsite,
			Boolean photoVerificationMustMatchProvince, Boolean emergencyContactMobileDistinct,
			Boolean gbkEncodableText, Map<String, DataSize> attachmentMaxSize) {

		static final RuleSettings NONE = new RuleSettings(null, null, null, null, null, null, null, null, null, null,
				null, null);

		public RuleSettings {
			websiteNameForbiddenWords = websiteNameForbiddenWords == null ? List.of()
					: List.copyOf(websiteNameForbiddenWords);
			attachmentMaxSize = attachmentMaxSize == null ? Map.of() : Map.copyOf(attachmentMaxSize);
		}

	}

}
