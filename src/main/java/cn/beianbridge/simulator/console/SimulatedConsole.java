package cn.beianbridge.simulator.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.simulator.ConditionalOnSimulators;

/**
 * The demo's console: a steady trickle of realistic photo-approved filings across the provinces (valid
 * identity numbers, some that break a province rule, some offered twice, a few that break the contract, some the
 * simulated bureau rejects or refuses), served exactly as the real console's API; and, for filings the bridge told
 * it were approved, now and then the customer's change or cancellation of a website. Never active in the
 * {@code mysql} profile.
 */
@RestController
@ConditionalOnSimulators
class SimulatedConsole {

	private static final Logger log = LoggerFactory.getLogger(SimulatedConsole.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SimulatedFilings filings;

	private final ConsoleSettings settings;

	private final Clock clock;

	private final Instant openedAt;

	/** Approved first filings not yet offered for a change or cancellation, in the order their events came. */
	private final Deque<ApprovedFiling> approvals = new ArrayDeque<>();

	/** What each page position offered when first read: a re-read page is the same page, approvals or not. */
	private final List<Offer> offered = new ArrayList<>();

	private int nextFirstFiling;

	SimulatedConsole(SimulatedFilings filings, ConsoleSettings settings, Clock clock) {
		this.filings = filings;
		this.settings = settings;
		this.clock = clock;
		this.openedAt = clock.instant();
	}

	@GetMapping(path = "/simulator/console/api/v1/filings", produces = "application/json")
	ResponseEntity<String> page(@RequestParam String status, @RequestParam(defaultValue = "") String after,
			@RequestParam(defaultValue = "50") int limit,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		if (!("Bearer " + settings.token()).equals(authorization)) {
			return ResponseEntity.status(401).build();
		}
		int from = after.isEmpty() ? 0 : Integer.parseInt(after);
		int to = Math.min(available(), from + Math.max(1, Math.min(limit, 200)));
		ObjectNode page = JSON.createObjectNode();
		ArrayNode items = page.putArray("items");
		for (int i = from; i < to; i++) {
			items.add(offer(i).json(filings, clock.instant()));
		}
		page.put("nextCursor", Integer.toString(Math.max(from, to)));
		return ResponseEntity.ok(page.toString());
	}

	/** Results sent back (sync): acknowledged and logged, so the demo shows what the console would learn. */
	@PostMapping(path = "/simulator/console/api/v1/filings/{consoleFilingId}/bureau-events", consumes = "application/json")
	ResponseEntity<Void> bureauEvent(@PathVariable String consoleFilingId, @RequestBody String event,
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (!("Bearer " + settings.token()).equals(authorization)) {
			return ResponseEntity.status(401).build();
		}
		JsonNode body = read(event);
		// the type, not the body: its reasons quote the bureau's opinions
		log.info("Simulated console received event {} for filing {}: {}", idempotencyKey, consoleFilingId,
				body == null ? "unreadable" : body.path("type").asText("?"));
		if (body != null) {
			remember(consoleFilingId, body);
		}
		return ResponseEntity.ok().build();
	}

	private synchronized void remember(String consoleFilingId, JsonNode event) {
		// a filing the bureau cancelled meanwhile is no longer the customer's to change (sync may repeat an event)
		if ("CANCELLED".equals(event.path("type").asText())) {
			approvals.removeIf(approved -> approved.consoleFilingId().equals(consoleFilingId));
			return;
		}
		ApprovedFiling.of(consoleFilingId, event)
			.filter(approved -> approvals.stream().noneMatch(a -> a.consoleFilingId().equals(consoleFilingId))
					&& offered.stream().noneMatch(offer -> approved.equals(offer.approved())))
			.ifPresent(approvals::add);
	}

	/**
	 * Every sixth position, once an approval is waiting, offers the customer's change of it (positions 5, 17, ...)
	 * or cancellation of its website (11, 23, ...); every other position, and a slot with nothing approved yet,
	 * the next first filing.
	 */
	private synchronized Offer offer(int position) {
		while (offered.size() <= position) {
			int next = offered.size();
			if (next % 6 == 5 && !approvals.isEmpty()) {
				offered.add(new Offer(-1, approvals.removeFirst(), next % 12 == 5 ? "CHANGE" : "CANCEL"));
			}
			else {
				offered.add(new Offer(nextFirstFiling++, null, "FIRST_FILING"));
			}
		}
		return offered.get(position);
	}

	private static JsonNode read(String event) {
		try {
			return JSON.readTree(event);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	private record Offer(int firstFiling, ApprovedFiling approved, String filingType) {

		ObjectNode json(SimulatedFilings filings, Instant now) {
			return switch (filingType) {
				case "CHANGE" -> filings.change(approved, now);
				case "CANCEL" -> filings.cancelWebsite(approved);
				default -> filings.filing(firstFiling, now);
			};
		}

	}

	/** Five at once, then one every four seconds, up to 2,000: enough to watch, never a flood. */
	private int available() {
		long seconds = Duration.between(openedAt, clock.instant()).toSeconds();
		return (int) Math.min(2_000, 5 + seconds / 4);
	}

}
