package cn.beianbridge.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;

/**
 * The Java side of route {@code collect-console} (routes/collection.camel.yaml): asks for the page after
 * the stored cursor, stores the page's filings, and only then moves the cursor. A crash in between
 * fetches the same page again, and storing is idempotent on consoleFilingId: nothing lost, nothing twice. The page
 * is read as it streams in ({@link ConsolePage}): bounded in bytes and items, never held as one tree.
 */
@Component("consoleCollector")
class ConsolePageCollector {

	static final String SOURCE = "console";

	private static final Logger log = LoggerFactory.getLogger(ConsolePageCollector.class);

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

	public void storePage(Exchange exchange) throws IOException {
		CollectionRun run = exchange.getVariable("run", CollectionRun.class);
		String cursor = exchange.getVariable("cursor", String.class);
		String ref = "console page after=" + (cursor == null ? "" : cursor);
		ConsolePage page;
		try (InputStream body = exchange.getMessage().getBody(InputStream.class)) {
			page = ConsolePage.read(body, settings.maxPageSize().toBytes(), settings.pageSize(), ref);
		}
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

}
