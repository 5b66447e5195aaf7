package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceRules.WebsiteLimit;

/** How much one filing may carry: domains (Hubei: one) and websites for some entities (Hunan companies: one). */
public final class SubmissionSizeRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		List<Reason> reasons = new ArrayList<>();
		Integer maxDomains = province.rules().maxDomains();
		Set<String> domains = FilingDomains.of(filing);
		if (maxDomains != null && domains.size() > maxDomains) {
			reasons.add(Reason.of("max-domains", "$.websites", "The filing has " + domains.size() + " domains "
					+ domains + "; " + province.displayName() + " accepts at most " + maxDomains
					+ " per submission: file the others separately"));
		}
		WebsiteLimit maxWebsites = province.rules().maxWebsites();
		if (maxWebsites != null && maxWebsites.when().appliesTo(FilingRule.entityNature(filing))
				&& filing.websites().size() > maxWebsites.limit()) {
			reasons.add(Reason.of("max-websites", "$.websites", "The filing has " + filing.websites().size()
					+ " websites; " + province.displayName() + " accepts at most " + maxWebsites.limit()
					+ " per submission for " + maxWebsites.when().describe() + ": file the others separately"));
		}
		return reasons;
	}

}
