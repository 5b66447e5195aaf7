package cn.beianbridge.collection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Streams the filings of a page or a bulk file one at a time, each as its own bytes. The copy keeps a repeated key
 * as it came, so the contract's strict reader refuses that one filing (kept as a rejected input) and the others go
 * on; only one filing is held as a tree at a time.
 */
final class JsonItems {

	static final JsonFactory FACTORY = JsonFactory.builder().build();

	private JsonItems() {
	}

	/** The value the parser stands on (its first token), copied whole; the parser is left on its last token. */
	static byte[] copy(JsonParser parser) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		try (JsonGenerator generator = FACTORY.createGenerator(out)) {
			generator.copyCurrentStructure(parser);
		}
		return out.toByteArray();
	}

}
