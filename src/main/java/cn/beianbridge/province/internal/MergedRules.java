package cn.beianbridge.province.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.unit.DataSize;

import cn.beianbridge.province.ChangeAndCancelRules;
import cn.beianbridge.province.ProvinceRules;
import cn.beianbridge.province.ProvinceRules.ForbiddenWords;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.ChangeAndCancelSettings;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.RuleSettings;

/**
 * A province's rules on top of the rules for every province: lists and maps add up (a province can forbid more
 * words, or set another attachment limit); any other value the province gives replaces the common one.
 */
final class MergedRules {

	private MergedRules() {
	}

	static ProvinceRules of(RuleSettings everyProvince, RuleSettings province) {
		RuleSettings own = province == null ? RuleSettings.NONE : province;
		List<ForbiddenWords> forbiddenWords = new ArrayList<>(everyProvince.websiteNameForbiddenWords());
		forbiddenWords.addAll(own.websiteNameForbiddenWords());
		Map<String, DataSize> attachmentMaxSize = new HashMap<>(everyProvince.attachmentMaxSize());
		attachmentMaxSize.putAll(own.attachmentMaxSize());
		return new ProvinceRules(forbiddenWords,
				on(first(own.websiteNameNotOnlyLatinOrDigits(), everyProvince.websiteNameNotOnlyLatinOrDigits())),
				on(first(own.websiteNameNeedsChinese(), everyProvince.websiteNameNeedsChinese())),
				first(own.domainCertificateFromDomains(), everyProvince.domainCertificateFromDomains()),
				first(own.maxDomains(), everyProvince.maxDomains()),
				first(own.maxWebsites(), everyProvince.maxWebsites()),
				first(own.minApplicantAge(), everyProvince.minApplicantAge()),
				first(own.maxIpsPerWebsite(), everyProvince.maxIpsPerWebsite()),
				on(first(own.photoVerificationMustMatchProvince(), everyProvince.photoVerificationMustMatchProvince())),
				on(first(own.emergencyContactMobileDistinct(), everyProvince.emergencyContactMobileDistinct())),
				on(first(own.gbkEncodableText(), everyProvince.gbkEncodableText())), attachmentMaxSize,
				changeAndCancel(everyProvince.changeAndCancel(), own.changeAndCancel()));
	}

	/** Value by value, like the other rules; an attachment owner that is misspelt was refused before (RuleSettingsCheck). */
	private static ChangeAndCancelRules changeAndCancel(ChangeAndCancelSettings everyProvince,
			ChangeAndCancelSettings province) {
		String owner = first(province.attachmentOwner(), everyProvince.attachmentOwner());
		return new ChangeAndCancelRules(
				on(first(province.changeNeedsPhotoVerification(), everyProvince.changeNeedsPhotoVerification())),
				on(first(province.changeNeedsSmsVerification(), everyProvince.changeNeedsSmsVerification())),
				on(first(province.changeListsEveryWebsite(), everyProvince.changeListsEveryWebsite())),
				on(first(province.changeNeedsFilingPassword(), everyProvince.changeNeedsFilingPassword())),
				on(first(province.onlyAccessMayBeCancelled(), everyProvince.onlyAccessMayBeCancelled())),
				RuleSettingsCheck.attachmentOwner(owner).orElse(null));
	}

	/** The first value that is said, the province's before the common one; {@code null} when none is. */
	@SafeVarargs
	static <T> T first(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static boolean on(Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

}
