package cn.beianbridge.filing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;

import cn.beianbridge.shared.ResidentIdNumber;
import cn.beianbridge.shared.UnifiedSocialCreditCode;

/** Resident ID numbers and unified social credit codes carry a check character: a typo is caught here. */
final class CertificateNumberCheck implements SemanticCheck {

	@Override
	public void check(JsonNode filing, Violations violations) {
		JsonNode entity = filing.path("entity");
		JsonNodePath entityPath = Violations.ROOT.append("entity");
		check(entity.path("certificate"), entityPath.append("certificate"), violations);
		check(entity.path("responsiblePerson").path("certificate"),
				entityPath.append("responsiblePerson").append("certificate"), violations);
		JsonNode websites = SemanticCheck.items(filing.path("websites"));
		for (int i = 0; i < websites.size(); i++) {
			check(websites.get(i).path("responsiblePerson").path("certificate"),
					Violations.ROOT.append("websites").append(i).append("responsiblePerson").append("certificate"),
					violations);
		}
	}

	private static void check(JsonNode certificate, JsonNodePath path, Violations violations) {
		String type = certificate.path("type").textValue();
		String number = certificate.path("number").textValue();
		if (number == null) {
			return;
		}
		if ("RESIDENT_ID".equals(type) && !ResidentIdNumber.isValid(number)) {
			violations.add(path.append("number"), "Not a valid resident ID number. Expected 17 digits and a "
					+ "matching check character (0-9 or upper-case X), with a real birth date in digits 7 to 14.");
		}
		if ("UNIFIED_SOCIAL_CREDIT_CODE".equals(type) && !UnifiedSocialCreditCode.isValid(number)) {
			violations.add(path.append("number"), "Not a valid unified social credit code. Expected 18 characters "
					+ "from 0-9 and A-Y without I, O, S, V, Z, the last one a matching check character.");
		}
	}

}
