package cn.beianbridge.filing;

import java.util.List;
import java.util.stream.Stream;

import cn.beianbridge.filing.internal.ApplicantAgeRule;
import cn.beianbridge.filing.internal.AttachmentSizeRule;
import cn.beianbridge.filing.internal.ChangeListsEveryWebsiteRule;
import cn.beianbridge.filing.internal.ChangeListsEveryWebsiteRule.FiledWebsiteNumbers;
import cn.beianbridge.filing.internal.ChangeRequirementsRule;
import cn.beianbridge.filing.internal.DomainCertificateRule;
import cn.beianbridge.filing.internal.EmergencyContactRule;
import cn.beianbridge.filing.internal.FilingRule;
import cn.beianbridge.filing.internal.GbkTextRule;
import cn.beianbridge.filing.internal.PhotoVerificationRule;
import cn.beianbridge.filing.internal.RuleSpellingCheck;
import cn.beianbridge.filing.internal.SubmissionSizeRule;
import cn.beianbridge.filing.internal.WebsiteIpRule;
import cn.beianbridge.filing.internal.WebsiteNameRule;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The province rules (管局规则) a filing must pass before it may go to the bureau, as configured per province.
 * A filing with any reason is held; the reasons go back to the console.
 */
public class ProvinceRuleCheck {

	private static final List<FilingRule> RULES = List.of(new WebsiteNameRule(), new SubmissionSizeRule(),
			new DomainCertificateRule(), new WebsiteIpRule(), new ApplicantAgeRule(), new PhotoVerificationRule(),
			new AttachmentSizeRule(), new EmergencyContactRule(), new GbkTextRule(), new ChangeRequirementsRule());

	private final ProvinceCatalogue catalogue;

	private final List<FilingRule> rules;

	/**
	 * @param filedWebsites the entity's websites the bridge filed, for a change that must list them all
	 * @throws IllegalStateException when a rule names an entity nature, purpose or method the contract lacks
	 */
	public ProvinceRuleCheck(ProvinceCatalogue catalogue, FiledWebsiteNumbers filedWebsites) {
		RuleSpellingCheck.verify(catalogue.all());
		this.catalogue = catalogue;
		this.rules = Stream.concat(RULES.stream(), Stream.of(new ChangeListsEveryWebsiteRule(filedWebsites))).toList();
	}

	/** Without the filed websites: a change is never found to leave one out. */
	public ProvinceRuleCheck(ProvinceCatalogue catalogue) {
		this(catalogue, FiledWebsiteNumbers.NONE);
	}

	/** Checks against the filing's own province. */
	public List<Reason> check(FilingDocument filing) {
		return check(filing, catalogue.get(filing.province()));
	}

	/** One reason per broken rule occurrence; empty when the filing may go to the bureau. */
	public List<Reason> check(FilingDocument filing, Province province) {
		return rules.stream().flatMap(rule -> rule.check(filing, province).stream()).toList();
	}

}
