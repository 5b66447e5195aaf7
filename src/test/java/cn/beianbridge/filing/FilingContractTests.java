package cn.beianbridge.filing;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static cn.beianbridge.support.FilingJson.aNewAccessFiling;
import static cn.beianbridge.support.FilingJson.aNewWebsiteFiling;

import cn.beianbridge.support.FilingJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.province.ConfiguredProvinces;

class FilingContractTests {

	private static final FilingContract CONTRACT = new FilingContract(
			ConfiguredProvinces.catalogue().abbreviationsByProvince());

	// valid filings

	@Test
	void acceptsAFirstFilingAndMapsItToTheDocument() {
		ContractCheck check = CONTRACT.check(aFirstFiling().inProvince("33").withWebsites(2)
			.photoApprovedAt("2026-11-27T15:04:05+08:00").bytes());

		assertThat(check.errors()).isEmpty();
		assertThat(check.valid()).isTrue();
		FilingDocument document = check.document();
		assertThat(document.filingType()).isEqualTo(FilingType.FIRST_FILING);
		assertThat(document.province()).isEqualTo("33");
		assertThat(document.photoApprovedAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T15:04:05+08:00"));
		assertThat(document.entity().certificate().type()).isEqualTo(CertificateType.UNIFIED_SOCIAL_CREDIT_CODE);
		assertThat(document.websites()).extracting(FilingDocument.Website::consoleWebsiteId).containsExactly("w1", "w2");
		assertThat(document.websites().get(0).access().ipRanges().get(0).start()).isEqualTo("203.0.113.1");
		assertThat(document.attachments()).extracting(FilingDocument.Attachment::owner)
			.containsExactly(AttachmentOwner.ENTITY, AttachmentOwner.WEBSITE);
		assertThat(new String(document.attachments().get(0).content(), StandardCharsets.UTF_8)).isEqualTo("licence scan");
		assertThat(check.consoleFilingId()).isEqualTo("F-XZBA-0001");
		assertThat(check.province()).isEqualTo("33");
	}

	@Test
	void acceptsANewWebsiteFilingWithTheEntitysNumbers() {
		ContractCheck check = CONTRACT.check(aNewWebsiteFiling().bytes());

		assertThat(check.errors()).isEmpty();
		assertThat(check.document().entity().icpNumber()).isEqualTo("浙ICP备2026012345号");
		assertThat(check.document().entity().bureauEntityId()).isEqualTo(880001L);
		assertThat(check.document().filingPasswordMd5()).isEqualTo("0cc175b9c0f1b6a831c399e269772661");
	}

	@Test
	void acceptsANewAccessFilingWithTheWebsitesNumbers() {
		ContractCheck check = CONTRACT.check(aNewAccessFiling().withWebsites(2).bytes());

		assertThat(check.errors()).isEmpty();
		assertThat(check.document().websites()).extracting(FilingDocument.Website::icpNumber)
			.containsExactly("浙ICP备2026012345号-1", "浙ICP备2026012345号-2");
		assertThat(check.document().websites()).extracting(FilingDocument.Website::bureauWebsiteId)
			.containsExactly(990001L, 990002L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "蜀", "川" })
	void acceptsEitherAbbreviationOfSichuan(String abbreviation) {
		ObjectNode filing = aNewWebsiteFiling().inProvince("51").build();
		object(filing, "/entity").put("icpNumber", abbreviation + "ICP证12345678号");

		assertThat(CONTRACT.check(filing).errors()).isEmpty();
	}

	@Test
	void acceptsAnAlreadyParsedFiling() {
		ContractCheck check = CONTRACT.check(aFirstFiling().build());

		assertThat(check.valid()).isTrue();
		assertThat(check.document().consoleFilingId()).isEqualTo("F-XZBA-0001");
	}

	@Test
	void keepsTextExactlyAsGiven() {
		String name = "  <b>Tom & \"Jerry\"</b>'s 网站 ";
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/entity").put("name", name);
		object(filing, "/websites/0").put("remarks", "a\nb\t<script>&amp;");

		ContractCheck check = CONTRACT.check(filing.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(check.errors()).isEmpty();
		assertThat(check.document().entity().name()).isEqualTo(name);
		assertThat(check.document().websites().get(0).remarks()).isEqualTo("a\nb\t<script>&amp;");
	}

	@Test
	void acceptsALowerCaseDateTimeSeparatorAsRfc3339Does() {
		ObjectNode filing = aFirstFiling().build();
		filing.put("photoApprovedAt", "2026-11-27t07:04:05z");

		ContractCheck check = CONTRACT.check(filing);

		assertThat(check.errors()).isEmpty();
		assertThat(check.document().photoApprovedAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T15:04:05+08:00"));
	}

	@Test
	void countsLengthInCharactersNotBytes() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/websites/0").put("name", "网".repeat(128));

		assertThat(CONTRACT.check(filing).errors()).isEmpty();
	}

	// schema violations

	@Test
	void reportsAMissingRequiredFieldAtItsOwnPath() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/entity/responsiblePerson").remove("email");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("CONTRACT");
			assertThat(reason.field()).isEqualTo("$.entity.responsiblePerson.email");
			assertThat(reason.text()).contains("'email'", "missing");
		});
	}

	@Test
	void reportsAnUnknownFieldAtItsOwnPath() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/websites/0").put("hostname", "example1.cn");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[0].hostname");
			assertThat(reason.text()).contains("Unknown field 'hostname'");
		});
	}

	@Test
	void reportsAValueOutsideTheEnumerationWithTheAllowedValues() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/entity").put("nature", "COMPANY");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.entity.nature");
			assertThat(reason.text()).contains("ENTERPRISE", "INDIVIDUAL").doesNotContain("COMPANY");
		});
	}

	@Test
	void reportsAMobileNumberOfTheWrongForm() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/websites/0/responsiblePerson").put("mobile", "12345678901");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[0].responsiblePerson.mobile");
			// the field and the rule, not the value: reasons are logged and sent on
			assertThat(reason.text()).contains("^1[3-9][0-9]{9}$").doesNotContain("12345678901");
		});
	}

	@Test
	void enforcesTheEmailIpv4AndDateTimeFormats() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/entity/responsiblePerson").put("email", "zhang.at.example.cn");
		object(filing, "/websites/0/access/ipRanges/0").put("end", "203.0.113.256");
		filing.put("photoApprovedAt", "2026-11-27 15:04:05");

		assertThat(CONTRACT.check(filing).errors()).extracting(Reason::field)
			.containsExactlyInAnyOrder("$.entity.responsiblePerson.email", "$.websites[0].access.ipRanges[0].end",
					"$.photoApprovedAt");
		assertThat(CONTRACT.check(filing).errors()).extracting(Reason::text)
			.anySatisfy(text -> assertThat(text).contains("email address"))
			.anySatisfy(text -> assertThat(text).contains("IPv4"))
			.anySatisfy(text -> assertThat(text).contains("RFC 3339", "offset"));
	}

	@Test
	void requiresAnOffsetOnTheApprovalTime() {
		ObjectNode filing = aFirstFiling().build();
		filing.put("photoApprovedAt", "2026-11-27T15:04:05");

		assertThat(fields(CONTRACT.check(filing))).containsExactly("$.photoApprovedAt");
	}

	@Test
	void reportsATooLongNameWithItsLength() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/websites/0").put("name", "网".repeat(129));

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[0].name");
			assertThat(reason.text()).contains("129", "at most 128");
		});
	}

	@Test
	void reportsAValueOfTheWrongType() {
		ObjectNode filing = aNewWebsiteFiling().build();
		object(filing, "/entity").put("bureauEntityId", "880001");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.entity.bureauEntityId");
			assertThat(reason.text()).contains("string", "integer");
		});
	}

	@Test
	void reportsEveryIndependentErrorTogether() {
		ObjectNode filing = aFirstFiling().withWebsites(2).build();
		object(filing, "/entity").remove("address");
		object(filing, "/websites/1").put("serviceContent", "GAMES");
		((ArrayNode) filing.at("/websites/1/domains")).add("x".repeat(254));

		ContractCheck check = CONTRACT.check(filing);

		assertThat(check.document()).isNull();
		assertThat(fields(check)).containsExactlyInAnyOrder("$.entity.address", "$.websites[1].serviceContent",
				"$.websites[1].domains[1]");
	}

	@Test
	void reportsSchemaAndSemanticErrorsTogether() {
		ObjectNode filing = aNewAccessFiling().build();
		filing.remove("filingPasswordMd5");
		object(filing, "/websites/0").put("name", "");
		object(filing, "/websites/0/access/ipRanges/0").put("start", "203.0.113.201");

		assertThat(fields(CONTRACT.check(filing))).containsExactlyInAnyOrder("$.filingPasswordMd5",
				"$.websites[0].name", "$.websites[0].access.ipRanges[0]");
	}

	@Test
	void reportsContainersOfTheWrongShapeWithoutFailing() {
		ObjectNode filing = aNewAccessFiling().withWebsites(2).build();
		object(filing, "/websites/0/access").putObject("ipRanges").put("start", "10.0.0.2").put("end", "10.0.0.1");
		object(filing, "/websites/1").put("responsiblePerson", "李四");
		filing.putObject("attachments").put("owner", "WEBSITE");
		filing.put("photoVerification", "APP_COLLECTION_CODE");
		filing.putArray("entity");

		assertThat(fields(CONTRACT.check(filing))).containsExactlyInAnyOrder("$.websites[0].access.ipRanges",
				"$.websites[1].responsiblePerson", "$.attachments", "$.photoVerification", "$.entity");

		filing.putObject("websites").putObject("w1").put("icpNumber", "nonsense");

		assertThat(fields(CONTRACT.check(filing))).contains("$.websites").doesNotContain("$.websites.w1.icpNumber");
	}

	@Test
	void readsTheIdentifiersOfARejectedFilingForTheConsole() {
		ObjectNode filing = aFirstFiling().inProvince("44").build();
		filing.remove("websites");

		ContractCheck check = CONTRACT.check(filing);

		assertThat(check.valid()).isFalse();
		assertThat(check.consoleFilingId()).isEqualTo("F-XZBA-0001");
		assertThat(check.province()).isEqualTo("44");
	}

	// what the filing type requires

	@Test
	void requiresThePasswordAndTheEntitysNumbersForANewWebsite() {
		ObjectNode filing = aNewWebsiteFiling().build();
		filing.remove("filingPasswordMd5");
		object(filing, "/entity").remove(List.of("icpNumber", "bureauEntityId"));

		ContractCheck check = CONTRACT.check(filing);

		assertThat(fields(check)).containsExactlyInAnyOrder("$.filingPasswordMd5", "$.entity.icpNumber",
				"$.entity.bureauEntityId");
		assertThat(check.errors()).allSatisfy(reason -> assertThat(reason.text()).contains("NEW_WEBSITE"));
	}

	@Test
	void requiresTheEntitysOwnNumberForANewWebsite() {
		ObjectNode filing = aNewWebsiteFiling().build();
		object(filing, "/entity").put("icpNumber", "浙ICP备2026012345号-3");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.entity.icpNumber");
			assertThat(reason.text()).contains("website's number", "浙ICP备2026012345号.");
		});
	}

	@Test
	void requiresThePasswordAndEachWebsitesNumbersForANewAccess() {
		ObjectNode filing = aNewAccessFiling().withWebsites(2).build();
		filing.remove("filingPasswordMd5");
		object(filing, "/websites/1").remove(List.of("icpNumber", "bureauWebsiteId"));

		assertThat(fields(CONTRACT.check(filing))).containsExactlyInAnyOrder("$.filingPasswordMd5",
				"$.websites[1].icpNumber", "$.websites[1].bureauWebsiteId");
	}

	@Test
	void requiresAWebsiteNumberWithItsIndexForANewAccess() {
		ObjectNode filing = aNewAccessFiling().build();
		object(filing, "/websites/0").put("icpNumber", "浙ICP备2026012345号");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[0].icpNumber");
			assertThat(reason.text()).contains("entity's number", "-N");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "浙ICP备123456789号", "浙ICP备2026012345", "浙ICP备2026012345号-0", "浙ICP备20260123AB号",
			"浙京ICP备2026012345号", "浙ICP备2026012345号 " })
	void rejectsAMalformedIcpNumber(String icpNumber) {
		ObjectNode filing = aNewWebsiteFiling().build();
		object(filing, "/entity").put("icpNumber", icpNumber);

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.entity.icpNumber");
			assertThat(reason.text()).contains("is not an ICP number");
		});
	}

	@Test
	void rejectsAnIcpNumberOfAnotherProvince() {
		ObjectNode filing = aNewAccessFiling().inProvince("51").build();
		object(filing, "/websites/0").put("icpNumber", "京ICP备2026012345号-1");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[0].icpNumber");
			assertThat(reason.text()).contains("京", "51", "川", "蜀");
		});
	}

	@Test
	void saysSoWhenAProvinceHasNoConfiguredAbbreviations() {
		FilingContract withoutZhejiang = new FilingContract(java.util.Map.of("51", java.util.Set.of("蜀", "川")));

		ContractCheck check = withoutZhejiang.check(aNewWebsiteFiling().inProvince("33").build());

		assertThat(check.errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.entity.icpNumber");
			assertThat(reason.text()).contains("no ICP number abbreviations are configured", "'33'");
		});
	}

	// attachments

	@Test
	void checksWhichWebsiteAnAttachmentBelongsTo() {
		ObjectNode filing = aFirstFiling().build();
		ArrayNode attachments = (ArrayNode) filing.get("attachments");
		attachments.add(FilingJson.attachment("DOMAIN_CERTIFICATE", "WEBSITE", null, "domain"));
		attachments.add(FilingJson.attachment("DOMAIN_CERTIFICATE", "WEBSITE", "w9", "domain"));
		attachments.add(FilingJson.attachment("AUTHORIZATION_LETTER", "ENTITY", "w1", "letter"));

		ContractCheck check = CONTRACT.check(filing);

		assertThat(fields(check)).containsExactly("$.attachments[2].consoleWebsiteId",
				"$.attachments[3].consoleWebsiteId", "$.attachments[4].consoleWebsiteId");
		assertThat(check.errors().get(0).text()).contains("Required when owner is WEBSITE");
		assertThat(check.errors().get(1).text()).contains("'w9'", "w1");
		assertThat(check.errors().get(2).text()).contains("absent when owner is ENTITY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bGljZW5jZSBzY2Fu=", "bGlj ZW5j", "bGljZW5j\nZSBzY2Fu", "bGljZW5jZSBzY2Fu-_" })
	void rejectsContentThatIsNotStandardBase64(String content) {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/attachments/0").put("contentBase64", content);

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.attachments[0].contentBase64");
			assertThat(reason.text()).contains("Not valid Base64", "standard Base64");
		});
	}

	@Test
	void rejectsContentWhoseDigestDoesNotMatch() {
		ObjectNode filing = aFirstFiling().build();
		String digestOfOtherContent = FilingJson.sha256("another scan".getBytes(StandardCharsets.UTF_8));
		object(filing, "/attachments/1").put("sha256", digestOfOtherContent);

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.attachments[1].sha256");
			assertThat(reason.text()).contains(FilingJson.sha256(
					"photo of the person before the backdrop".getBytes(StandardCharsets.UTF_8)));
		});
	}

	// identity numbers

	@Test
	void checksEveryCertificateNumberByItsType() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/entity/certificate").put("number", "91350100M000100Y44");
		object(filing, "/entity/responsiblePerson/certificate").put("number", "11010519491231002x");
		object(filing, "/websites/0/responsiblePerson/certificate").put("number", "440524188001010015");

		ContractCheck check = CONTRACT.check(filing);

		assertThat(fields(check)).containsExactlyInAnyOrder("$.entity.certificate.number",
				"$.entity.responsiblePerson.certificate.number", "$.websites[0].responsiblePerson.certificate.number");
		assertThat(check.errors()).filteredOn(reason -> reason.field().equals("$.entity.certificate.number"))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("unified social credit code"));
	}

	@Test
	void leavesNumbersWithoutACheckCharacterToTheReviewer() {
		ObjectNode filing = aFirstFiling().build();
		object(filing, "/websites/0/responsiblePerson/certificate").put("type", "PASSPORT").put("number", "E12345678");

		assertThat(CONTRACT.check(filing).errors()).isEmpty();
	}

	// websites

	@Test
	void rejectsTwoWebsitesWithTheSameConsoleId() {
		ObjectNode filing = aFirstFiling().withWebsites(3).build();
		object(filing, "/websites/2").put("consoleWebsiteId", "w1");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[2].consoleWebsiteId");
			assertThat(reason.text()).contains("'w1'", "$.websites[0]");
		});
	}

	@Test
	void rejectsAnIpRangeThatEndsBeforeItStartsComparingUnsigned() {
		ObjectNode filing = aFirstFiling().build();
		ArrayNode ranges = (ArrayNode) filing.at("/websites/0/access/ipRanges");
		ranges.addObject().put("start", "100.0.0.0").put("end", "200.0.0.0");
		ranges.addObject().put("start", "128.0.0.0").put("end", "127.255.255.255");
		ranges.addObject().put("start", "10.0.0.7").put("end", "10.0.0.7");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.websites[0].access.ipRanges[2]");
			assertThat(reason.text()).contains("128.0.0.0", "127.255.255.255");
		});
	}

	// photo verification

	@Test
	void requiresTheCollectionCodeOfAnAppVerification() {
		ObjectNode filing = aFirstFiling().inProvince("31").verifiedInApp("SH-20261127-0001").build();
		assertThat(CONTRACT.check(filing).errors()).isEmpty();

		object(filing, "/photoVerification").remove("collectionCode");

		assertThat(CONTRACT.check(filing).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.photoVerification.collectionCode");
			assertThat(reason.text()).contains("APP_COLLECTION_CODE");
		});
	}

	// input that is no filing at all

	@ParameterizedTest
	@ValueSource(strings = { "consoleFilingId=F1", "{\"consoleFilingId\": \"F1\"", "", "{} {}",
			"{\"province\":\"33\",\"province\":\"11\"}" })
	void rejectsInputThatIsNotOneJsonObjectWithOneError(String input) {
		ContractCheck check = CONTRACT.check(input.getBytes(StandardCharsets.UTF_8));

		assertThat(check.document()).isNull();
		assertThat(check.consoleFilingId()).isNull();
		assertThat(check.errors()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("CONTRACT");
			assertThat(reason.field()).isEqualTo("$");
			assertThat(reason.text()).contains("Expected one JSON object");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "[{\"consoleFilingId\":\"F1\"}]", "\"F1\"", "42", "null" })
	void rejectsJsonThatIsNotAnObject(String input) {
		ContractCheck check = CONTRACT.check(input.getBytes(StandardCharsets.UTF_8));

		assertThat(check.errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$");
			assertThat(reason.text()).contains("not an object");
		});
	}

	@Test
	void checksConcurrently() throws Exception {
		byte[] valid = aFirstFiling().withWebsites(3).bytes();
		ObjectNode broken = aNewAccessFiling().build();
		broken.remove("filingPasswordMd5");
		byte[] invalid = broken.toString().getBytes(StandardCharsets.UTF_8);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				byte[] input = i % 2 == 0 ? valid : invalid;
				results.add(pool.submit(() -> fields(CONTRACT.check(input))));
			}
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? List.of() : List.of("$.filingPasswordMd5"));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static ObjectNode object(ObjectNode filing, String pointer) {
		return (ObjectNode) filing.at(pointer);
	}

	private static List<String> fields(ContractCheck check) {
		return check.errors().stream().map(Reason::field).toList();
	}

}
