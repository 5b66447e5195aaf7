package cn.beianbridge.filing.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Certificate;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.EntityNature;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceRules.MinimumAge;
import cn.beianbridge.shared.ResidentIdNumber;

/**
 * The applicants must be of age on the photo-approval date (Zhejiang for personal filings; Hunan, Sichuan, Tianjin,
 * Henan for all): the responsible persons, and a personal entity's own ID. Only a resident ID tells the birth date.
 * Each person is reported once, at the first place their ID appears.
 */
public final class ApplicantAgeRule implements FilingRule {

	private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		MinimumAge minimum = province.rules().minApplicantAge();
		if (minimum == null || !minimum.when().appliesTo(FilingRule.entityNature(filing))
				|| filing.photoApprovedAt() == null) {
			return List.of();
		}
		LocalDate onDate = filing.photoApprovedAt().atZoneSameInstant(BUREAU_ZONE).toLocalDate();
		String requirement = province.displayName() + " requires applicants to be at least " + minimum.years() + " years old"
				+ (minimum.when().natureIn().isEmpty() && minimum.when().natureNotIn().isEmpty() ? ""
						: " for " + minimum.when().describe());
		List<Reason> reasons = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		residentIds(filing).forEach((field, number) -> {
			if (!seen.add(number)) {
				return;
			}
			Optional<LocalDate> birthDate = ResidentIdNumber.birthDate(number);
			if (birthDate.isEmpty()) {
				reasons.add(Reason.of("min-applicant-age", field, "The resident ID has no readable birth date, so the age "
						+ "cannot be checked; " + requirement));
			}
			else if (ChronoUnit.YEARS.between(birthDate.get(), onDate) < minimum.years()) {
				// the age, not the birth date: the birth date is part of the ID number
				reasons.add(Reason.of("min-applicant-age", field, "The holder of this resident ID is "
						+ ChronoUnit.YEARS.between(birthDate.get(), onDate) + " on the photo-approval date " + onDate
						+ "; " + requirement));
			}
		});
		return reasons;
	}

	/** JSON path to resident ID number, in the order the reasons should name them. */
	private static Map<String, String> residentIds(FilingDocument filing) {
		Map<String, String> ids = new LinkedHashMap<>();
		if (filing.entity() != null) {
			if (filing.entity().nature() == EntityNature.INDIVIDUAL) {
				put(ids, "$.entity.certificate.number", filing.entity().certificate());
			}
			put(ids, "$.entity.responsiblePerson.certificate.number", certificateOf(filing.entity().responsiblePerson()));
		}
		for (int i = 0; i < filing.websites().size(); i++) {
			put(ids, FilingRule.websitePath(i) + ".responsiblePerson.certificate.number",
					certificateOf(filing.websites().get(i).responsiblePerson()));
		}
		return ids;
	}

	private static Certificate certificateOf(Person person) {
		return person == null ? null : person.certificate();
	}

	private static void put(Map<String, String> ids, String field, Certificate certificate) {
		if (certificate != null && certificate.type() == CertificateType.RESIDENT_ID && certificate.number() != null) {
			ids.put(field, certificate.number().strip().toUpperCase(Locale.ROOT));
		}
	}

}
