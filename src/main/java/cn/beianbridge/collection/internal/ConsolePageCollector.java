package cn.beianbridge.collection.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;

/**
 * The Java side of route {@code collect-console} (routes/collection.camel.yaml): asks for the page after
 * the stored cursor, stores the page's filings, and only then moves the cursor. A crash in between
 * fetches the same page again, and storing is idempotent on consoleFilingId: nothing lost, nothing twice.
 */
@Component("consoleCollector")
class ConsolePageCollector {

	static final String SOURCE = "console";

	private static final Logger log = LoggerFactory.getLogger(ConsolePageCollector.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final CursorStore cursors;

	private final PageIntake pages;

	private final ConsoleSettings settings;

	ConsolePageCollector(CursorStore cursors, PageIntake pages, ConsoleSettings settings) {
		this.cursors = cursors;
		this.pages = pages;
		this.settings = settings;
	}

	public void startRun(Exchange exchange) {
		exchange.setVariable("run", new CollectionRun());
		boolean configured = settings.baseUrl() != null && !settings.baseUrl().isBlank();
		if (!configured) {
			log.warn("bridge.console.base-url is not set: nothing is pulled from the console (push intake still works)");
		}
		exchange.setVariable("more", configured);
		exchange.setVariable("consoleUrl", configured ? settings.baseUrl().replaceAll("/+$", "") + "/api/v1/filings" : null);
	}

	public void prepareRequest(Exchange exchange) {
		String cursor = cursors.current(SOURCE);
		exchange.setVariable("cursor", cursor);
		exchange.getMessage().setBody(null);
		exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
		exchange.getMessage().setHeader("Authorization", "Bearer " + settings.token());
		exchange.getMessage().setHeader("Accept", "application/json");
		exchange.getMessage().setHeader(Exchange.HTTP_QUERY, "status=PHOTO_APPROVED&after="
				+ (cursor == null ? "" : URLEncoder.encode(cursor, StandardCharsets.UTF_8)) + "&limit="
				+ settings.pageSize());
	}

	public void storePage(Exchange exchange) {
		CollectionRun run = exchange.getVariable("run", CollectionRun.class);
		String cursor = exchange.getVariable("cursor", String.class);
		String ref = "console page after=" + (cursor == null ? "" : cursor);
		Page page = parse(exchange.getMessage().getBody(String.class), ref);
		List<IntakeResult> results = pages.store(page.items(), IntakeSource.CONSOLE, ref);
		if (!page.items().isEmpty() && page.nextCursor() != null) {
			cursors.advance(SOURCE, page.nextCursor());
		}
		run.add(results);
		boolean more = !page.items().isEmpty() && page.nextCursor() != null && !page.nextCursor().equals(cursor)
				&& run.pages() < settings.maxPagesPerRun();
		exchange.setVariable("more", more);
	}

	public void finishRun(Exchange exchange) {
		CollectionRun run = exchange.getVariable("run", CollectionRun.class);
		log.info("Collected from the console: {}", run.summary());
		exchange.getMessage().setBody(run.summary());
	}

	private static Page parse(String body, String ref) {
		JsonNode root;
		try {
			root = body == null ? null : JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new MalformedPage(ref, "the body is not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !root.path("items").isArray()) {
			throw new MalformedPage(ref, "expected an object with an \"items\" array");
		}
		JsonNode next = root.path("nextCursor");
		if (!next.isMissingNode() && !next.isNull() && !next.isTextual()) {
			throw new MalformedPage(ref, "\"nextCursor\" must be a string or null");
		}
		List<JsonNode> items = new ArrayList<>();
		root.get("items").forEach(items::add);
		return new Page(items, next.isTextual() ? next.asText() : null);
	}

	private record Page(List<JsonNode> items, String nextCursor) {
	}

	/** A page we cannot read: the cursor stays, so no filing of it is lost; operators must look. */
	static class MalformedPage extends RuntimeException {

		MalformedPage(String ref, String problem) {
			super("Malformed console page (" + ref + "): " + problem);
		}

	}

}
