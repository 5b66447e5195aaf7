package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/**
 * From a number of domains in a filing (Jiangsu: 1, i.e. always; Henan: 4) every website must carry a domain
 * certificate. The attachment cannot say which domain it proves, so one per website is what we can check.
 */
public final class DomainCertificateRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		Integer fromDomains = province.rules().domainCertificateFromDomains();
		int domains = FilingDomains.of(filing).size();
		if (fromDomains == null || domains < fromDomains) {
			return List.of();
		}
		String requirement = fromDomains == 1 ? province.displayName() + " requires one for every website"
				: province.displayName() + " requires one for every website once a filing has " + fromDomains
						+ " domains or more (this one has " + domains + ")";
		List<Reason> reasons = new ArrayList<>();
		for (int i = 0; i < filing.websites().size(); i++) {
			Website website = filing.websites().get(i);
			if (filing.attachments().stream().noneMatch(attachment -> certifies(attachment, website))) {
				reasons.add(Reason.of("domain-certificate-required", FilingRule.websitePath(i) + ".domains",
						"Website " + website.consoleWebsiteId() + " has no domain certificate (DOMAIN_CERTIFICATE) attachment; "
								+ requirement));
			}
		}
		return reasons;
	}

	private static boolean certifies(Attachment attachment, Website website) {
		return attachment.purpose() == AttachmentPurpose.DOMAIN_CERTIFICATE && attachment.owner() == AttachmentOwner.WEBSITE
				&& website.consoleWebsiteId() != null && website.consoleWebsiteId().equals(attachment.consoleWebsiteId());
	}

}
