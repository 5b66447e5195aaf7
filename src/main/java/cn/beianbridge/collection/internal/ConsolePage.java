package cn.beianbridge.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import cn.beianbridge.shared.CappedInputStream;

/**
 * One page from the console, read as it streams in: at most {@code maxBytes} of it, at most {@code limit} items
 * (what we asked for), each item as its own bytes for the strict contract check, the page's own keys once each.
 *
 * @param items each filing's JSON as the console sent it
 */
record ConsolePage(List<byte[]> items, String nextCursor) {

	static ConsolePage read(InputStream body, long maxBytes, int limit, String ref) {
		if (body == null) {
			throw new MalformedPage(ref, "the body is empty");
		}
		try (JsonParser parser = JsonItems.FACTORY
			.createParser(new CappedInputStream(body, maxBytes, "the page"))) {
			return read(parser, limit, ref);
		}
		catch (CappedInputStream.TooLarge ex) {
			throw new MalformedPage(ref, ex.getMessage() + " (bridge.console.max-page-size; a smaller "
					+ "bridge.console.page-size asks for fewer filings per page)");
		}
		catch (JsonProcessingException ex) {
			throw new MalformedPage(ref, "the body is not JSON: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new MalformedPage(ref, "the body could not be read: " + ex.getMessage());
		}
	}

	private static ConsolePage read(JsonParser parser, int limit, String ref) throws IOException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new MalformedPage(ref, "expected an object with an \"items\" array");
		}
		Set<String> keys = new HashSet<>();
		List<byte[]> items = null;
		String next = null;
		for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
			if (!keys.add(key)) {
				throw new MalformedPage(ref, "the key \"" + key + "\" appears twice");
			}
			JsonToken value = parser.nextToken();
			if (key.equals("items") && value == JsonToken.START_ARRAY) {
				items = items(parser, limit, ref);
			}
			else if (key.equals("nextCursor")) {
				if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
					throw new MalformedPage(ref, "\"nextCursor\" must be a string or null");
				}
				next = parser.getValueAsString();
			}
			else {
				parser.skipChildren();
			}
		}
		if (parser.nextToken() != null) {
			throw new MalformedPage(ref, "content after the page's object");
		}
		if (items == null) {
			throw new MalformedPage(ref, "expected an object with an \"items\" array");
		}
		return new ConsolePage(items, next);
	}

	private static List<byte[]> items(JsonParser parser, int limit, String ref) throws IOException {
		List<byte[]> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (items.size() == limit) {
				throw new MalformedPage(ref, "the page holds more than the " + limit + " items asked for (limit="
						+ limit + ")");
			}
			items.add(JsonItems.copy(parser));
		}
		return items;
	}

	/** A page we cannot read: the cursor stays, so no filing of it is lost; operators must look. */
	static class MalformedPage extends RuntimeException {

		MalformedPage(String ref, String problem) {
			super("Malformed console page (" + ref + "): " + problem);
		}

	}

}
