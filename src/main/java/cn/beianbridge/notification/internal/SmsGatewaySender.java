package cn.beianbridge.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.notification.SmsGatewaySettings;

/**
 * Sends one SMS through the gateway: {@code POST {base}/sms/send} with {@code phoneNumbers}, {@code signName},
 * {@code templateCode}, {@code templateParam} (a JSON text, as the gateways take it) and {@code outId} = the
 * notification key, which the gateway uses to drop a repeat. Only {@code {"code":"OK"}} counts as sent.
 */
class SmsGatewaySender {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SmsGatewaySettings settings;

	private final HttpClient http;

	SmsGatewaySender(SmsGatewaySettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
	}

	SendOutcome send(ClaimedNotification sms) {
		if (!settings.configured()) {
			return SendOutcome.failed(sms, "bridge.sms.base-url is not set: no SMS gateway to send to");
		}
		Map<String, String> body = new LinkedHashMap<>();
		body.put("phoneNumbers", sms.recipient());
		body.put("signName", settings.signName());
		body.put("templateCode", sms.templateCode());
		body.put("templateParam", sms.templateParam());
		body.put("outId", sms.notificationKey());
		HttpRequest.Builder request;
		try {
			request = HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/sms/send"))
				.timeout(settings.readTimeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			return SendOutcome.failed(sms, "cannot build the request: " + ex.getMessage());
		}
		if (settings.token() != null && !settings.token().isBlank()) {
			request.header("Authorization", "Bearer " + settings.token());
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return SendOutcome.failed(sms, "no answer from the SMS gateway: " + ex.getClass().getSimpleName() + ": "
					+ ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return SendOutcome.failed(sms, "interrupted while waiting for the SMS gateway");
		}
		return outcome(sms, response.statusCode(), response.body());
	}

	private static SendOutcome outcome(ClaimedNotification sms, int status, String body) {
		if (status < 200 || status >= 300) {
			return SendOutcome.failed(sms, "SMS gateway answered HTTP " + status + (body == null || body.isBlank() ? ""
					: ": " + body));
		}
		JsonNode answer;
		try {
			answer = JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			return SendOutcome.failed(sms, "SMS gateway answered HTTP " + status + " without JSON: " + body);
		}
		String code = answer.path("code").asText("");
		if (!"OK".equals(code)) {
			return SendOutcome.failed(sms, "SMS gateway refused: code " + (code.isEmpty() ? "(none)" : code)
					+ (answer.hasNonNull("message") ? " " + answer.get("message").asText() : ""));
		}
		return SendOutcome.sent(sms, answer.path("requestId").asText(null));
	}

}
