package cn.beianbridge.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.beianbridge.collection.IntakeSettings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Push intake for consoles that push instead of being pulled: 202 new, 200 known, 400 with every field
 * error, 401 without the token (security chain), 413 over the configured size.
 */
@RestController
class FilingIntakeController {

	private final RetryingIntake intake;

	private final long maxBytes;

	FilingIntakeController(RetryingIntake intake, IntakeSettings settings) {
		this.intake = intake;
		this.maxBytes = settings.maxBytes().toBytes();
	}

	@PostMapping("/api/v1/filings")
	ResponseEntity<Map<String, Object>> push(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			return tooLarge();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			return tooLarge();
		}
		IntakeResult result = intake.accept(body, IntakeSource.PUSH, "push");
		return switch (result.outcome()) {
			case REJECTED -> ResponseEntity.badRequest().body(Map.of("errors", errors(result.reasons())));
			case ALREADY_KNOWN -> ResponseEntity.ok(accepted(result));
			case STORED, HELD -> ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted(result));
		};
	}

	private ResponseEntity<Map<String, Object>> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("errors", List.of(Map.of("field", "$", "text",
					"the request body is larger than the " + maxBytes + " bytes this intake takes"))));
	}

	private static Map<String, Object> accepted(IntakeResult result) {
		return Map.of("id", result.filingId(), "consoleFilingId", result.consoleFilingId(), "state",
				result.state().name(), "reasons", errors(result.reasons()));
	}

	private static List<Map<String, String>> errors(List<Reason> reasons) {
		return reasons.stream().map(FilingIntakeController::asMap).toList();
	}

	private static Map<String, String> asMap(Reason reason) {
		java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
		if (reason.code() != null) {
			map.put("code", reason.code());
		}
		if (reason.field() != null) {
			map.put("field", reason.field());
		}
		map.put("text", reason.text());
		return map;
	}

}
