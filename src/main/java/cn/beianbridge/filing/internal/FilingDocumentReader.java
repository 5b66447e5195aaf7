package cn.beianbridge.filing.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.networknt.schema.JsonNodePath;

import cn.beianbridge.filing.FilingDocument;

/**
 * Reads filing JSON with Jackson 2, the tree model the schema validator works on. Strict about duplicate keys
 * and trailing content, which would otherwise make the meaning of a filing depend on the parser.
 */
public final class FilingDocumentReader {

	private final ObjectMapper mapper = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.addModule(new SimpleModule().addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer()))
		.build();

	public JsonNode readTree(byte[] json) throws IOException {
		return mapper.readTree(json);
	}

	/** The document of a filing that passed every check; a value Java cannot hold is reported instead. */
	public FilingDocument toDocument(JsonNode filing, Violations violations) {
		try {
			return mapper.treeToValue(filing, FilingDocument.class);
		}
		catch (JsonMappingException ex) {
			violations.add(pathOf(ex), "Cannot be read: " + ex.getOriginalMessage() + ".");
			return null;
		}
		catch (IOException ex) {
			violations.add(Violations.ROOT, "The filing cannot be read: " + ex.getMessage() + ".");
			return null;
		}
	}

	private static JsonNodePath pathOf(JsonMappingException ex) {
		JsonNodePath path = Violations.ROOT;
		for (JsonMappingException.Reference reference : ex.getPath()) {
			path = reference.getFieldName() != null ? path.append(reference.getFieldName())
					: path.append(reference.getIndex());
		}
		return path;
	}

	/**
	 * jackson-datatype-jsr310 is not on the classpath. The schema already accepted the text as an RFC 3339
	 * date-time, which may use a lower-case t or z that java.time does not read.
	 */
	private static final class OffsetDateTimeDeserializer extends JsonDeserializer<OffsetDateTime> {

		@Override
		public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = parser.getValueAsString();
			try {
				return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT));
			}
			catch (DateTimeException ex) {
				return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
						"expected an RFC 3339 date-time with an offset, e.g. 2026-11-27T15:04:05+08:00");
			}
		}

	}

}
