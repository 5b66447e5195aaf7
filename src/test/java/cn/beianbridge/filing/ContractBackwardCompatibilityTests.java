package cn.beianbridge.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import cn.beianbridge.filing.internal.FilingDocumentReader;
import cn.beianbridge.filing.internal.Violations;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.support.ConfiguredCancelReasons;
import cn.beianbridge.support.FilingJson;

/**
 * Filings a console sends today (golden/filings, valid against the contract before CHANGE and CANCEL, kept beside
 * them) stay valid with the same meaning, and what the three older types must carry is still required.
 */
class ContractBackwardCompatibilityTests {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/filings");

	private static final JsonSchema BEFORE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
		.getSchema(SchemaLocation.of("classpath:golden/filings/filing.schema.before-change-and-cancel.json"),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build());

	private static final FilingContract CONTRACT = new FilingContract(
			ConfiguredProvinces.catalogue().abbreviationsByProvince(), ConfiguredCancelReasons.table());

	private static final List<String> REQUIRED_BEFORE = List.of("consoleFilingId", "filingType", "province",
			"photoApprovedAt", "photoVerification", "entity", "websites", "attachments");

	static Stream<Path> goldenFilings() throws IOException {
		try (Stream<Path> files = Files.list(GOLDEN)) {
			return files.filter(file -> !file.getFileName().toString().startsWith("filing.schema")).sorted().toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("goldenFilings")
	void aFilingValidBeforeIsValidNowAndMeansTheSame(Path golden) throws IOException {
		JsonNode filing = FilingJson.MAPPER.readTree(golden.toFile());
		assertThat(BEFORE.validate(filing)).as("valid against the contract before").isEmpty();

		ContractCheck check = CONTRACT.check(Files.readAllBytes(golden));

		assertThat(check.errors()).isEmpty();
		Violations none = new Violations();
		FilingDocument before = new FilingDocumentReader().toDocument(filing, none);
		assertThat(check.document()).isEqualTo(before);
		assertThat(check.document().cancellation()).isNull();
		assertThat(check.document().filingType().name()).isEqualTo(filing.get("filingType").asText());
	}

	@ParameterizedTest
	@MethodSource("goldenFilings")
	void whatWasRequiredIsStillRequiredAtTheSameField(Path golden) throws IOException {
		for (String field : REQUIRED_BEFORE) {
			ObjectNode filing = (ObjectNode) FilingJson.MAPPER.readTree(golden.toFile());
			filing.remove(field);

			List<String> before = BEFORE.validate(filing).stream().filter(message -> message.getType().equals("required"))
				.map(ValidationMessage::getProperty).toList();
			assertThat(before).as("required before: " + field).contains(field);
			assertThat(CONTRACT.check(filing).errors()).as("required now: " + field)
				.anySatisfy(reason -> assertThat(reason.field()).isEqualTo("$." + field));
		}
	}

}
