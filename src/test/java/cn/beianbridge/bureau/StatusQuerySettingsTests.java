package cn.beianbridge.bureau;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.beianbridge.filing.FilingDocument.Certificate;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.EntityNature;

import static org.assertj.core.api.Assertions.assertThat;

/** config/status-queries.yml as the application binds it: which certificate each entity is asked about by. */
class StatusQuerySettingsTests {

	private final StatusQuerySettings settings = load();

	@Test
	void eachEntityIsAskedAboutByTheCertificateItIsFiledUnder() {
		Map<EntityNature, Map<CertificateType, StatusQueryType>> expected = Map.of(
				EntityNature.ENTERPRISE, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE, StatusQueryType.BUSINESS_LICENCE),
				EntityNature.INDIVIDUAL, Map.of(CertificateType.RESIDENT_ID, StatusQueryType.RESIDENT_ID,
						CertificateType.PASSPORT, StatusQueryType.PASSPORT, CertificateType.MILITARY_ID,
						StatusQueryType.MILITARY_OFFICER_ID, CertificateType.TAIWAN_PERMIT,
						StatusQueryType.TAIWAN_COMPATRIOT_PERMIT),
				EntityNature.GOVERNMENT, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.GOVERNMENT_ORGANISATION_CODE),
				EntityNature.PUBLIC_INSTITUTION, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.PUBLIC_INSTITUTION_LEGAL_PERSON_CERTIFICATE),
				EntityNature.SOCIAL_ORGANIZATION, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.SOCIAL_ORGANISATION_LEGAL_PERSON_CERTIFICATE),
				EntityNature.PRIVATE_NON_ENTERPRISE, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.SOCIAL_ORGANISATION_LEGAL_PERSON_CERTIFICATE),
				EntityNature.FOUNDATION, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.SOCIAL_ORGANISATION_LEGAL_PERSON_CERTIFICATE),
				EntityNature.MILITARY, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.MILITARY_UNIT_CODE, CertificateType.OTHER, StatusQueryType.MILITARY_UNIT_CODE));
		for (EntityNature nature : EntityNature.values()) {
			for (CertificateType certificate : CertificateType.values()) {
				StatusQueryType type = expected.getOrDefault(nature, Map.of()).get(certificate);
				assertThat(settings.typeFor("33", nature, certificate)).as("%s with %s", nature, certificate)
					.isEqualTo(Optional.ofNullable(type));
			}
		}
	}

	@Test
	void anEntityWithNoQueryTypeIsAskedAboutByDomainOnly() {
		assertThat(settings.questionAbout("33", entity(EntityNature.INDIVIDUAL, CertificateType.HK_MACAO_PERMIT,
				"H12345678"))).isEmpty();
		assertThat(settings.questionAbout("33", entity(EntityNature.LAW_FIRM, CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
				"31330000MD0123456X"))).isEmpty();
		assertThat(settings.questionAbout("33", entity(EntityNature.ENTERPRISE, CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
				" "))).isEmpty();
	}

	@Test
	void theQuestionCarriesTheCertificateNumberAsFiled() {
		assertThat(settings.questionAbout("33", entity(EntityNature.ENTERPRISE,
				CertificateType.UNIFIED_SOCIAL_CREDIT_CODE, " 91330100716105852F ")))
			.contains(new BureauCall.QueryBeianStatus(StatusQueryType.BUSINESS_LICENCE, "91330100716105852F"));
	}

	@Test
	void aProvinceReadsSinglePairsOtherwiseAndKeepsTheRest() {
		StatusQuerySettings guangdongReadsOrganisationCodes = new StatusQuerySettings(settings.byEntity(),
				Map.of("44", Map.of(EntityNature.PUBLIC_INSTITUTION, Map.of(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE,
						StatusQueryType.PUBLIC_INSTITUTION_ORGANISATION_CODE))));

		assertThat(guangdongReadsOrganisationCodes.typeFor("44", EntityNature.PUBLIC_INSTITUTION,
				CertificateType.UNIFIED_SOCIAL_CREDIT_CODE)).contains(StatusQueryType.PUBLIC_INSTITUTION_ORGANISATION_CODE);
		assertThat(guangdongReadsOrganisationCodes.typeFor("33", EntityNature.PUBLIC_INSTITUTION,
				CertificateType.UNIFIED_SOCIAL_CREDIT_CODE))
			.contains(StatusQueryType.PUBLIC_INSTITUTION_LEGAL_PERSON_CERTIFICATE);
		assertThat(guangdongReadsOrganisationCodes.typeFor("44", EntityNature.ENTERPRISE,
				CertificateType.UNIFIED_SOCIAL_CREDIT_CODE)).contains(StatusQueryType.BUSINESS_LICENCE);
	}

	private static Entity entity(EntityNature nature, CertificateType type, String number) {
		return new Entity("示例", nature, null, null, null, new Certificate(type, number, null), null, null, null);
	}

	private static StatusQuerySettings load() {
		return ConfiguredCodeTables.bind("config/status-queries.yml", "bridge.status-query", StatusQuerySettings.class);
	}

}
