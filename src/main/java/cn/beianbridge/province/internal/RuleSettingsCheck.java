package cn.beianbridge.province.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.beianbridge.province.ChangeAndCancelRules.AttachmentOwner;
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
		String owner = rules.changeAndCancel().attachmentOwner();
		if (owner != null && attachmentOwner(owner).isEmpty()) {
			problems.add(where + ".change-and-cancel.attachment-owner: " + owner + " is not one of "
					+ Arrays.toString(AttachmentOwner.values()));
		}
	}

	/** As the configuration spells it, in any case; empty when it is neither. */
	static Optional<AttachmentOwner> attachmentOwner(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(AttachmentOwner.values()).filter(owner -> owner.name().equals(name)).findFirst();
	}

	private static void positive(Integer value, String property, List<String> problems) {
		if (value != null && value <= 0) {
			problems.add(property + ": must be greater than 0, is " + value);
		}
	}

}
