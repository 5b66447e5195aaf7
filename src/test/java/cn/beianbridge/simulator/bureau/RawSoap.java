package cn.beianbridge.simulator.bureau;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP to the simulator, for what a SOAP stack would hide: status codes, empty bodies, the wire format. */
final class RawSoap {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private RawSoap() {
	}

	static HttpResponse<String> post(String url, String payloadXml) {
		String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
				+ payloadXml + "</soapenv:Body></soapenv:Envelope>";
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("SOAPAction", "\"\"")
			.POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
			.build());
	}

	static HttpResponse<String> json(String method, String url, String body) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("HTTP call to " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
