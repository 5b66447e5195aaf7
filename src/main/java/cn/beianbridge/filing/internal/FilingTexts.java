package cn.beianbridge.filing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Certificate;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.FilingDocument.Website;

/** Every free text of a filing that goes into the bureau file, by JSON path. Code-table names are not free text. */
final class FilingTexts {

	private final Map<String, String> texts = new LinkedHashMap<>();

	private FilingTexts() {
	}

	static Map<String, String> of(FilingDocument filing) {
		FilingTexts collected = new FilingTexts();
		if (filing.photoVerification() != null) {
			collected.put("$.photoVerification.collectionCode", filing.photoVerification().collectionCode());
		}
		collected.entity(filing.entity());
		if (filing.emergencyContact() != null) {
			collected.put("$.emergencyContact.name", filing.emergencyContact().name());
			collected.put("$.emergencyContact.mobile", filing.emergencyContact().mobile());
		}
		for (int i = 0; i < filing.websites().size(); i++) {
			collected.website(FilingRule.websitePath(i), filing.websites().get(i));
		}
		if (filing.cancellation() != null) {
			collected.put("$.cancellation.remark", filing.cancellation().remark());
		}
		return collected.texts;
	}

	private void entity(Entity entity) {
		if (entity == null) {
			return;
		}
		put("$.entity.name", entity.name());
		put("$.entity.investor", entity.investor());
		put("$.entity.address", entity.address());
		certificate("$.entity.certificate", entity.certificate());
		person("$.entity.responsiblePerson", entity.responsiblePerson());
		put("$.entity.icpNumber", entity.icpNumber());
	}

	private void website(String path, Website website) {
		put(path + ".name", website.name());
		for (int j = 0; j < website.domains().size(); j++) {
			put(path + ".domains[" + j + "]", website.domains().get(j));
		}
		put(path + ".homeUrl", website.homeUrl());
		if (website.preApproval() != null) {
			put(path + ".preApproval.number", website.preApproval().number());
		}
		person(path + ".responsiblePerson", website.responsiblePerson());
		put(path + ".remarks", website.remarks());
		put(path + ".icpNumber", website.icpNumber());
	}

	private void person(String path, Person person) {
		if (person == null) {
			return;
		}
		put(path + ".name", person.name());
		certificate(path + ".certificate", person.certificate());
		put(path + ".officePhone", person.officePhone());
		put(path + ".mobile", person.mobile());
		put(path + ".email", person.email());
	}

	private void certificate(String path, Certificate certificate) {
		if (certificate == null) {
			return;
		}
		put(path + ".number", certificate.number());
		put(path + ".address", certificate.address());
	}

	private void put(String path, String text) {
		if (text != null && !text.isEmpty()) {
			texts.put(path, text);
		}
	}

}
