package cn.beianbridge.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** The provider's console, played by WireMock: pages of photo-approved filings behind a cursor. */
public final class FakeConsole {

	private final WireMockServer server;

	public FakeConsole() {
		this.server = new WireMockServer(options().dynamicPort().containerThreads(8));
		server.start();
	}

	public String baseUrl() {
		return server.baseUrl();
	}

	public WireMockServer wireMock() {
		return server;
	}

	/** The page after cursor {@code after} ("" for the first) holds these items and names {@code next}. */
	public void page(String after, String next, ObjectNode... items) {
		ObjectNode page = FilingJson.MAPPER.createObjectNode();
		ArrayNode array = page.putArray("items");
		for (ObjectNode item : items) {
			array.add(item);
		}
		page.put("nextCursor", next);
		server.stubFor(get(urlPathEqualTo("/api/v1/filings")).withQueryParam("after", equalTo(after))
			.willReturn(okJson(page.toString())));
	}

	public void reset() {
		server.resetAll();
	}

	public void stop() {
		server.stop();
	}

}
