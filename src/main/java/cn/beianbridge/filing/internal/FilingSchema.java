package cn.beianbridge.filing.internal;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** contracts/filing.schema.json, loaded once: a loaded schema validates concurrently. */
public final class FilingSchema {

	// Loaded by location, not from a stream: the schema's relative $id needs a base to resolve against.
	private static final String LOCATION = "classpath:contracts/filing.schema.json";

	private final JsonSchema schema;

	public FilingSchema() {
		// Draft 2020-12 treats "format" as an annotation only; the contract wants ipv4, email and date-time enforced.
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
			.formatAssertionsEnabled(true)
			.pathType(PathType.JSON_PATH)
			.locale(Locale.ENGLISH)
			.build();
		this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
			.getSchema(SchemaLocation.of(LOCATION), config);
		this.schema.initializeValidators();
	}

	public void check(JsonNode filing, Violations violations) {
		for (ValidationMessage message : schema.validate(filing)) {
			SchemaViolation violation = SchemaViolation.of(message);
			violations.add(violation.field(), violation.text());
		}
	}

}
