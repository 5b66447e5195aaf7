package cn.beianbridge.filing.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceRules;
import cn.beianbridge.province.ProvinceRules.ForbiddenWords;
import cn.beianbridge.province.ProvinceRules.NatureCondition;

/** Website names: forbidden words, names that are only Latin letters, digits or a domain, names without Chinese. */
public final class WebsiteNameRule implements FilingRule {

	// after NFKC, so that full-width letters and digits (ＡＢＣ１２３) count as Latin ones too
	private static final Pattern LATIN_DIGITS_OR_DOMAIN = Pattern.compile("[\\p{IsLatin}0-9\\p{Punct}\\s]+");

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		ProvinceRules rules = province.rules();
		String nature = FilingRule.entityNature(filing);
		List<Reason> reasons = new ArrayList<>();
		for (int i = 0; i < filing.websites().size(); i++) {
			Website website = filing.websites().get(i);
			String name = website.name();
			if (name == null || name.isBlank()) {
				continue;
			}
			String field = FilingRule.websitePath(i) + ".name";
			forbiddenWords(name, rules, nature).forEach((word, when) -> reasons.add(Reason.of(
					"website-name-forbidden-word", field,
					"The website name contains " + word + ", which " + province.displayName()
							+ " does not allow" + (when.equals(NatureCondition.EVERY_ENTITY) ? "" : " for " + when.describe()))));
			if (rules.websiteNameNotOnlyLatinOrDigits() && onlyLatinDigitsOrDomain(name, website)) {
				reasons.add(Reason.of("website-name-latin-only", field, "The website name"
						+ " is only Latin letters, digits or a domain name, which " + province.displayName()
						+ " does not accept: name the site in words, e.g. in Chinese"));
			}
			if (rules.websiteNameNeedsChinese() && name.codePoints().noneMatch(WebsiteNameRule::isChinese)) {
				reasons.add(Reason.of("website-name-not-chinese", field, "The website name"
						+ " has no Chinese character; " + province.displayName() + " does not accept all-English names"));
			}
		}
		return reasons;
	}

	/** Each forbidden word once, with the condition of the first entry that forbids it. */
	private static Map<String, NatureCondition> forbiddenWords(String name, ProvinceRules rules, String nature) {
		Map<String, NatureCondition> found = new LinkedHashMap<>();
		for (ForbiddenWords entry : rules.websiteNameForbiddenWords()) {
			if (entry.when().appliesTo(nature)) {
				entry.words().stream().filter(name::contains).forEach(word -> found.putIfAbsent(word, entry.when()));
			}
		}
		return found;
	}

	private static boolean onlyLatinDigitsOrDomain(String name, Website website) {
		String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
		return LATIN_DIGITS_OR_DOMAIN.matcher(normalized).matches()
				|| website.domains().stream().anyMatch(domain -> domain != null && domain.equalsIgnoreCase(normalized));
	}

	private static boolean isChinese(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
