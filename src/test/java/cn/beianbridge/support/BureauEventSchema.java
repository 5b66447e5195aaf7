package cn.beianbridge.support;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The console's event contract (contracts/bureau-event.schema.json) with its formats asserted (uuid, date-time,
 * date): what a test checks an event against before saying the console could read it.
 */
public final class BureauEventSchema {

	private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
		.getSchema(SchemaLocation.of("classpath:contracts/bureau-event.schema.json"),
				SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build());

	private BureauEventSchema() {
	}

	/** Every way the event breaks the contract; empty when the console can read it. */
	public static Set<ValidationMessage> violations(JsonNode event) {
		return SCHEMA.validate(event);
	}

}
