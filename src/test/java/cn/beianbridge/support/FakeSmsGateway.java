package cn.beianbridge.support;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The SMS gateway (ARCHITECTURE.md: {@code POST {base}/sms/send} → {@code {"code":"OK","requestId":…}}),
 * played by WireMock: answers OK unless told otherwise, and hands back every request it received.
 */
public final class FakeSmsGateway {

	private final WireMockServer server;

	public FakeSmsGateway() {
		this.server = new WireMockServer(options().dynamicPort());
		server.start();
		acceptAll();
	}

	public String baseUrl() {
		return server.baseUrl();
	}

	public void acceptAll() {
		server.resetAll();
		server.stubFor(post(urlEqualTo("/sms/send")).willReturn(okJson("{\"code\":\"OK\",\"requestId\":\"REQ-1\"}")));
	}

	/** Every send fails with this HTTP status until {@link #acceptAll()}. */
	public void failWith(int status) {
		server.resetAll();
		server.stubFor(post(urlEqualTo("/sms/send")).willReturn(aResponse().withStatus(status)
			.withBody("{\"code\":\"isp.SYSTEM_ERROR\"}")));
	}

	/** The JSON bodies received, oldest first. */
	public List<JsonNode> received() {
		return server.findAll(postRequestedFor(urlEqualTo("/sms/send"))).stream().map(request -> {
			try {
				return FilingJson.MAPPER.readTree(request.getBodyAsString());
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** A request's {@code templateParam}, which the gateway takes as JSON text. */
	public static JsonNode params(JsonNode request) {
		try {
			return FilingJson.MAPPER.readTree(request.get("templateParam").asText());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void stop() {
		server.stop();
	}

}
