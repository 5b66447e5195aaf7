package cn.beianbridge.bureau;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.filing.FilingDocument.AttachmentFormat;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.EntityNature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeTablesTests {

	private final CodeTables tables = ConfiguredCodeTables.load();

	@Test
	void theConfiguredTablesHaveACodeForEveryNameTheContractUses() {
		assertThat(tables.entityNature().keySet()).containsExactlyInAnyOrderElementsOf(names(EntityNature.values()));
		assertThat(tables.certificateType().keySet()).containsExactlyInAnyOrderElementsOf(names(CertificateType.values()));
		assertThat(tables.attachmentFormat().keySet()).containsExactlyInAnyOrderElementsOf(names(AttachmentFormat.values()));
		assertThat(tables.attachmentPurpose().keySet())
			.containsExactlyInAnyOrderElementsOf(names(AttachmentPurpose.values()));
		// These four are plain strings in the Java model; the names come from contracts/filing.schema.json.
		assertThat(tables.serviceContent().keySet()).containsExactlyInAnyOrder("COMPREHENSIVE_PORTAL", "SEARCH_ENGINE",
				"SINGLE_ENTITY_PORTAL", "PERSONAL_SPACE", "BLOG", "ONLINE_SHOP", "OTHER");
		assertThat(tables.language().keySet()).containsExactlyInAnyOrder("ZH_CN", "ZH_TW", "EN", "JA", "KO", "FR", "DE",
				"RU", "ES", "AR", "MN", "BO", "UG", "OTHER");
		assertThat(tables.accessMethod().keySet()).containsExactlyInAnyOrder("DEDICATED", "VIRTUAL_HOST", "COLOCATION",
				"CLOUD", "OTHER");
		assertThat(tables.preApprovalType().keySet()).containsExactlyInAnyOrder("NEWS", "PUBLISHING", "EDUCATION",
				"MEDICAL", "DRUGS_AND_DEVICES", "CULTURE", "RADIO_FILM_TV", "OTHER");
		// the contract's province codes, and Taiwan, Hong Kong and Macao, at province level
		assertThat(tables.serverLocation()).hasSize(34).containsKeys("110000", "330000", "650000", "810000");
	}

	@Test
	void aServerLocationIsLookedUpAsItselfElseAsItsProvince() {
		assertThat(tables.serverLocation("330000")).isEqualTo("11");
		assertThat(tables.serverLocation("330100")).as("Hangzhou, in Zhejiang").isEqualTo("11");
		assertThat(tables.serverLocation("650102")).isEqualTo("31");
		CodeTables byCity = new CodeTables(null, null, null, null, null, null, null, null,
				Map.of("330000", "11", "330100", "40"));
		assertThat(byCity.serverLocation("330100")).as("a table that lists the city itself").isEqualTo("40");
		assertThat(byCity.serverLocation("330200")).isEqualTo("11");
		assertThatThrownBy(() -> byCity.serverLocation("440300")).isInstanceOf(CodeTables.UnknownCode.class)
			.hasMessageContaining("server-location")
			.hasMessageContaining("440300");
		assertThatThrownBy(() -> tables.serverLocation("990000")).hasMessageContaining("server-location");
	}

	@Test
	void namesKeepTheirCaseWhenBoundAndMapToTheirCodes() {
		assertThat(tables.entityNature(EntityNature.ENTERPRISE)).isEqualTo("3");
		assertThat(tables.certificateType(CertificateType.RESIDENT_ID)).isEqualTo("2");
		assertThat(tables.accessMethod("CLOUD")).isEqualTo("4");
		assertThat(tables.language("ZH_CN")).isEqualTo("1");
		assertThat(tables.attachmentFormat(AttachmentFormat.JPG)).isEqualTo("1");
	}

	@Test
	void aNameWithoutCodeIsRefusedNamingTableAndName() {
		CodeTables partial = new CodeTables(Map.of("ENTERPRISE", "3"), null, null, null, null, null, null, null, null);
		assertThatThrownBy(() -> partial.entityNature(EntityNature.INDIVIDUAL))
			.isInstanceOf(CodeTables.UnknownCode.class)
			.hasMessageContaining("entity-nature")
			.hasMessageContaining("INDIVIDUAL");
		assertThatThrownBy(() -> partial.serviceContent("BLOG")).hasMessageContaining("service-content")
			.hasMessageContaining("BLOG");
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
