package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.EntityNature;
import cn.beianbridge.filing.FilingDocument.PhotoVerificationMethod;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceRules;
import cn.beianbridge.province.ProvinceRules.NatureCondition;

/**
 * The catalogue spells natures, purposes and methods as text (the province module knows no filing); a misspelt one
 * would quietly switch a rule off, so start-up stops on it instead.
 */
public final class RuleSpellingCheck {

	private RuleSpellingCheck() {
	}

	public static void verify(Collection<Province> provinces) {
		Set<String> natures = names(EntityNature.values());
		Set<String> purposes = names(AttachmentPurpose.values());
		Set<String> methods = names(PhotoVerificationMethod.values());
		List<String> problems = new ArrayList<>();
		for (Province province : provinces) {
			String at = "bridge.provinces." + province.code() + " (" + province.name() + ")";
			known(List.of(province.photoVerification()), methods, at + ": photo-verification", problems);
			ProvinceRules rules = province.rules();
			rules.websiteNameForbiddenWords().forEach(
					entry -> natures(entry.when(), natures, at + ": rule website-name-forbidden-words", problems));
			if (rules.maxWebsites() != null) {
				natures(rules.maxWebsites().when(), natures, at + ": rule max-websites", problems);
			}
			if (rules.minApplicantAge() != null) {
				natures(rules.minApplicantAge().when(), natures, at + ": rule min-applicant-age", problems);
			}
			known(rules.attachmentMaxSize().keySet(), purposes, at + ": rule attachment-max-size", problems);
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The province rules (config/provinces.yml) use names the filing contract "
					+ "does not know:\n - " + String.join("\n - ", problems));
		}
	}

	private static void natures(NatureCondition when, Set<String> natures, String where, List<String> problems) {
		known(when.natureIn(), natures, where + " (nature-in)", problems);
		known(when.natureNotIn(), natures, where + " (nature-not-in)", problems);
	}

	private static void known(Collection<String> names, Set<String> known, String where, List<String> problems) {
		names.stream().filter(name -> !known.contains(name)).distinct()
				.forEach(name -> problems.add(where + ": " + name + " is not one of " + known));
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
