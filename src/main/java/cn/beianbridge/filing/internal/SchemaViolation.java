package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/**
 * A schema validator message turned into a field and a sentence a console developer can act on. A missing or
 * unknown property is reported at its own path, not at the object holding it.
 */
record SchemaViolation(JsonNodePath field, String text) {

	static SchemaViolation of(ValidationMessage message) {
		JsonNodePath at = message.getInstanceLocation();
		JsonNode value = message.getInstanceNode();
		JsonNode rule = message.getSchemaNode();
		return switch (message.getType()) {
			case "required" -> new SchemaViolation(at.append(message.getProperty()),
					"Required field '" + message.getProperty() + "' is missing.");
			case "dependentRequired" -> new SchemaViolation(at.append(String.valueOf(message.getArguments()[0])),
					"Required field '" + message.getArguments()[0] + "' is missing: it must be given with '"
							+ message.getArguments()[1] + "'.");
			case "minimum" -> new SchemaViolation(at, "Too small: " + value.asText() + "; at least " + rule.asText()
					+ " is allowed.");
			case "maximum" -> new SchemaViolation(at, "Too large: " + value.asText() + "; at most " + rule.asText()
					+ " is allowed.");
			case "additionalProperties" -> new SchemaViolation(at.append(message.getProperty()),
					"Unknown field '" + message.getProperty()
							+ "': the contract does not allow it here. Remove it or correct its name.");
			case "enum" -> new SchemaViolation(at, "The value is not allowed. Expected one of: "
					+ String.join(", ", texts(rule)) + ".");
			case "pattern" -> new SchemaViolation(at,
					"The value does not have the expected form: it must match " + rule.asText() + ".");
			case "format" -> new SchemaViolation(at, "The value is not " + formatName(rule.asText()) + ".");
			case "maxLength" -> new SchemaViolation(at, "Too long: " + length(value) + " characters; at most "
					+ rule.asInt() + " are allowed.");
			case "minLength" -> new SchemaViolation(at, length(value) == 0 ? "Must not be empty."
					: "Too short: " + length(value) + " characters; at least " + rule.asInt() + " are required.");
			case "maxItems" -> new SchemaViolation(at,
					"Too many items: " + value.size() + "; at most " + rule.asInt() + " are allowed.");
			case "minItems" -> new SchemaViolation(at,
					"Too few items: " + value.size() + "; at least " + rule.asInt() + " are required.");
			case "type" -> new SchemaViolation(at, "Wrong type: " + article(message.getArguments()[0])
					+ " was given where " + article(message.getArguments()[1]) + " is expected.");
			default -> new SchemaViolation(at, withoutPath(message));
		};
	}

	private static String formatName(String format) {
		return switch (format) {
			case "date-time" -> "a valid date-time. Expected RFC 3339 with an offset, e.g. 2026-11-27T15:04:05+08:00";
			case "email" -> "a valid email address";
			case "ipv4" -> "a valid IPv4 address. Expected four numbers 0-255 without leading zeros, e.g. 192.0.2.10";
			default -> "a valid " + format;
		};
	}

	private static int length(JsonNode value) {
		String text = value.asText();
		return text.codePointCount(0, text.length());
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
	}

	private static String article(Object jsonType) {
		String type = String.valueOf(jsonType);
		return (type.matches("[aeiou].*") ? "an " : "a ") + type;
	}

	// The validator's own message starts with the path, which the reason already carries as its field.
	private static String withoutPath(ValidationMessage message) {
		String text = message.getMessage();
		String prefix = message.getInstanceLocation() + ": ";
		return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
	}

}
