package cn.beianbridge.simulator.sms;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.simulator.ConditionalOnSimulators;

/**
 * The demo's SMS gateway, answering as the real one does ({@code POST /simulator/sms/sms/send}): a repeated
 * {@code outId} is acknowledged with the first request id and not "delivered" again. Never active in the
 * {@code mysql} profile.
 */
@RestController
@ConditionalOnSimulators
class SimulatedSmsGateway {

	private static final Logger log = LoggerFactory.getLogger(SimulatedSmsGateway.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<String, String> delivered = new ConcurrentHashMap<>();

	@PostMapping(path = "/simulator/sms/sms/send", consumes = "application/json", produces = "application/json")
	ResponseEntity<String> send(@RequestBody String body) throws JsonProcessingException {
		JsonNode request = JSON.readTree(body);
		String outId = request.path("outId").asText("");
		if (outId.isEmpty() || request.path("phoneNumbers").asText("").isEmpty()
				|| request.path("templateCode").asText("").isEmpty()) {
			return ResponseEntity.ok("{\"code\":\"isv.INVALID_PARAMETERS\",\"message\":\"phoneNumbers, templateCode and "
					+ "outId are required\"}");
		}
		String[] requestId = { null };
		delivered.computeIfAbsent(outId, id -> {
			requestId[0] = UUID.randomUUID().toString();
			// not the number or the parameters: they are the customer's
			log.debug("Simulated SMS gateway delivered {} 【{}】 (outId {})", request.path("templateCode").asText(),
					request.path("signName").asText(), outId);
			return requestId[0];
		});
		return ResponseEntity.ok("{\"code\":\"OK\",\"requestId\":\"" + delivered.get(outId) + "\"}");
	}

}
