package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/** The emergency contact must be reachable when the responsible persons are not: another mobile number. */
public final class EmergencyContactRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		if (!province.rules().emergencyContactMobileDistinct() || filing.emergencyContact() == null
				|| filing.emergencyContact().mobile() == null) {
			return List.of();
		}
		String mobile = filing.emergencyContact().mobile().strip();
		List<String> sharedWith = new ArrayList<>();
		if (filing.entity() != null && hasMobile(filing.entity().responsiblePerson(), mobile)) {
			sharedWith.add("the entity's responsible person");
		}
		for (int i = 0; i < filing.websites().size(); i++) {
			if (hasMobile(filing.websites().get(i).responsiblePerson(), mobile)) {
				sharedWith.add("the responsible person of website " + filing.websites().get(i).consoleWebsiteId());
			}
		}
		if (sharedWith.isEmpty()) {
			return List.of();
		}
		return List.of(Reason.of("emergency-contact-mobile", "$.emergencyContact.mobile", "The emergency contact's mobile "
				+ "is also that of " + String.join(" and ", sharedWith) + "; " + province.displayName()
				+ " requires a different number"));
	}

	private static boolean hasMobile(Person person, String mobile) {
		return person != null && person.mobile() != null && person.mobile().strip().equals(mobile);
	}

}
