package cn.beianbridge.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for tests that talk to the running application as a console would. */
public final class BridgeHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String baseUrl;

	public BridgeHttp(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public Response post(String path, String bearer, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request.build());
	}

	public Response get(String path) {
		return get(path, null);
	}

	public Response get(String path, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request.build());
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON: " + body, ex);
			}
		}

	}

}
