package cn.beianbridge.province.internal;

import java.util.List;

import cn.beianbridge.province.ProvinceRules.ForbiddenWords;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.RuleSettings;

/** What is wrong in one rules block: empty word lists, limits that are not positive. */
final class RuleSettingsCheck {

	private RuleSettingsCheck() {
	}

	/** @param where the block's property name, e.g. {@code bridge.provinces.33.rules}, to start each problem with */
	static void check(RuleSettings rules, String where, List<String> problems) {
		if (rules == null) {
			return;
		}
		List<ForbiddenWords> forbiddenWords = rules.websiteNameForbiddenWords();
		for (int i = 0; i < forbiddenWords.size(); i++) {
			List<String> words = forbiddenWords.get(i).words();
			if (words.isEmpty() || words.stream().anyMatch(word -> word == null || word.isBlank())) {
				problems.add(where + ".website-name-forbidden-words[" + i + "].words: needs at least one word, none blank");
			}
		}
		positive(rules.domainCertificateFromDomains(), where + ".domain-certificate-from-domains", problems);
		positive(rules.maxDomains(), where + ".max-domains", problems);
		positive(rules.maxIpsPerWebsite(), where + ".max-ips-per-website", problems);
		if (rules.maxWebsites() != null) {
			positive(rules.maxWebsites().limit(), where + ".max-websites.limit", problems);
		}
		if (rules.minApplicantAge() != null) {
			positive(rules.minApplicantAge().years(), where + ".min-applicant-age.years", problems);
		}
		rules.attachmentMaxSize().forEach((purpose, size) -> {
			if (size == null || size.toBytes() <= 0) {
				problems.add(where + ".attachment-max-size." + purpose + ": must be greater than 0");
			}
		});
	}

	private static void positive(Integer value, String property, List<String> problems) {
		if (value != null && value <= 0) {
			problems.add(property + ": must be greater than 0, is " + value);
		}
	}

}
