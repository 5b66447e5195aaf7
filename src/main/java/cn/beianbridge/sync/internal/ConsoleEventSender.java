package cn.beianbridge.sync.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.filing.ConsoleOutbox;
import cn.beianbridge.filing.PendingConsoleEvent;
import cn.beianbridge.scheduling.ThisNode;
import cn.beianbridge.shared.OperatorAlert;
import cn.beianbridge.sync.EventDelivery;
import cn.beianbridge.sync.SyncSettings;

/**
 * The Java side of route {@code sync-console} (routes/sync.camel.yaml): claims the due events, prepares each
 * POST, and records what the console answered. Any 2xx acknowledges; anything else, or no answer at all,
 * is retried with back-off until {@code bridge.sync.max-attempts}, then the event is DEAD until redelivered.
 * <p>
 * Runs may overlap (two nodes, a slow run and a manual one, a misfire), so each run claims its events in the
 * database first (claimed_by, claimed_until) and only the holder of a claim sends the event and records the
 * answer. The claim is renewed just before each POST; one that lapsed and was taken by another run is left to
 * that run. A claim names this node incarnation: a crashed node's claims are free once it is known dead (at once
 * when it starts again under its name), and lapse after {@code bridge.sync.claim-ttl} in any case.
 */
@Component("consoleSync")
class ConsoleEventSender implements EventDelivery {

	private static final Logger log = LoggerFactory.getLogger(ConsoleEventSender.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final ConsoleOutbox outbox;

	private final ConsoleSettings console;

	private final SyncSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final ThisNode node;

	ConsoleEventSender(ConsoleOutbox outbox, ConsoleSettings console, SyncSettings settings, Clock clock,
			MeterRegistry meters, TransactionOperations transactions, ApplicationEventPublisher events, ThisNode node) {
		this.node = node;
		this.transactions = transactions;
		this.events = events;
		this.outbox = outbox;
		this.console = console;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Claims the due events for a new run and puts them in the body, oldest first; none when no console is
	 * configured. Events another run claimed first are theirs: this run goes without them.
	 */
	public List<PendingConsoleEvent> claimDue() {
		if (console.baseUrl() == null || console.baseUrl().isBlank()) {
			log.warn("bridge.console.base-url is not set: events wait in the outbox until it is");
			return List.of();
		}
		Instant now = clock.instant();
		// a dead node's claims are free at once; one dead before the claim time ago holds none that has not lapsed
		List<String> dead = node.deadIncarnations(now.minus(settings.claimTtl()));
		List<Long> due = outbox.findDue(now, settings.batchSize(), dead);
		if (due.isEmpty()) {
			return List.of();
		}
		// the claim belongs to this run, not just this node: two runs on one node keep apart too
		String incarnation = node.incarnation();
		String run = incarnation + "/" + UUID.randomUUID().toString().substring(0, 8);
		int claimed = outbox.claim(due, run, incarnation, dead, now, now.plus(settings.claimTtl()));
		List<PendingConsoleEvent> mine = claimed == 0 ? List.of() : outbox.findClaimed(due, run, now);
		if (mine.size() < claimed) {
			// delivered or failed by another run between findDue and the claim: not due any more, given back
			Set<Long> sending = mine.stream().map(PendingConsoleEvent::id).collect(Collectors.toSet());
			outbox.release(due.stream().filter(id -> !sending.contains(id)).toList(), run);
		}
		if (mine.size() < due.size()) {
			log.info("Sync run {}: {} of {} due events were taken by another sync run in the meantime and are left to it",
					run, due.size() - mine.size(), due.size());
		}
		return mine;
	}

	/**
	 * Renews this run's claim on the event just before it is sent; false when the claim lapsed and another run
	 * took the event (or already delivered it): then this run must not send it.
	 */
	public boolean renewClaim(PendingConsoleEvent event) {
		if (outbox.renewClaim(event.id(), event.claimedBy(), clock.instant().plus(settings.claimTtl())) == 1) {
			return true;
		}
		log.warn("Event {} for console filing {} is no longer claimed by sync run {} (its claim lapsed after "
				+ "bridge.sync.claim-ttl {} and another run took it): left to that run", event.eventId(),
				event.consoleFilingId(), event.claimedBy(), settings.claimTtl());
		return false;
	}

	/** At the end of a run: gives back the claims of events it did not get to record (nothing was sent for them). */
	public void releaseClaims(List<PendingConsoleEvent> claimed) {
		if (claimed == null || claimed.isEmpty()) {
			return;
		}
		outbox.release(claimed.stream().map(PendingConsoleEvent::id).toList(), claimed.get(0).claimedBy());
	}

	public void prepareRequest(Exchange exchange) {
		PendingConsoleEvent event = exchange.getMessage().getBody(PendingConsoleEvent.class);
		exchange.setVariable("event", event);
		exchange.setVariable("eventUrl", console.baseUrl().replaceAll("/+$", "") + "/api/v1/filings/"
				+ URLEncoder.encode(event.consoleFilingId(), StandardCharsets.UTF_8).replace("+", "%20")
				+ "/bureau-events");
		var message = exchange.getMessage();
		// the split copies the trigger's headers; only ours may reach the console
		message.removeHeaders("*");
		message.setHeader(Exchange.HTTP_METHOD, "POST");
		message.setHeader(Exchange.CONTENT_TYPE, "application/json");
		message.setHeader("Authorization", "Bearer " + console.token());
		message.setHeader("Idempotency-Key", event.eventId());
		message.setBody(event.payload());
	}

	public void recordResponse(Exchange exchange) {
		PendingConsoleEvent event = exchange.getVariable("event", PendingConsoleEvent.class);
		Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
		if (status != null && status >= 200 && status < 300) {
			if (outbox.markDelivered(event.id(), event.claimedBy()) == 0) {
				claimLostWhileSending(event, "acknowledged (HTTP " + status + ")");
				return;
			}
			meters.counter("bridge.sync.deliveries", "result", "acknowledged").increment();
			log.info("Synced {} of filing {} to the console (event {}, HTTP {}{})", event.type(), event.consoleFilingId(),
					event.eventId(), status, event.attempts() == 0 ? "" : ", after " + event.attempts() + " failed attempt(s)");
			return;
		}
		String body = exchange.getMessage().getBody(String.class);
		failed(event, "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body));
	}

	public void recordTransportFailure(Exchange exchange) {
		PendingConsoleEvent event = exchange.getVariable("event", PendingConsoleEvent.class);
		Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
		if (event == null) {
			// the request could not even be prepared: nothing was sent, the event stays as it was
			log.error("Could not prepare a console event for delivery", cause);
			return;
		}
		failed(event, cause == null ? "no answer" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
	}

	@Override
	public boolean redeliver(String eventId) {
		boolean back = outbox.redeliver(eventId, clock.instant()) == 1;
		if (back) {
			log.info("Event {} is queued for the console again", eventId);
		}
		return back;
	}

	private void failed(PendingConsoleEvent event, String error) {
		int attempts = event.attempts() + 1;
		String lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
		Instant now = clock.instant();
		if (attempts >= settings.maxAttempts()) {
			// parked and alerted together: the operators hear of each dead event once
			Boolean parked = transactions.execute(tx -> {
				if (outbox.markDead(event.id(), event.claimedBy(), attempts, now, lastError) == 0) {
					return false;
				}
				events.publishEvent(new OperatorAlert(OperatorAlert.Kind.EVENT_DEAD, event.eventId(),
						Map.of("consoleFilingId", event.consoleFilingId(), "eventId", event.eventId(), "eventType",
								event.type().name(), "attempts", Integer.toString(attempts), "lastError", lastError)));
				return true;
			});
			if (!Boolean.TRUE.equals(parked)) {
				claimLostWhileSending(event, lastError);
				return;
			}
			meters.counter("bridge.sync.dead").increment();
			meters.counter("bridge.sync.deliveries", "result", "dead").increment();
			log.error("Event {} for console filing {} is DEAD after {} attempts (last: {}); later events of this filing "
					+ "wait until it is redelivered", event.eventId(), event.consoleFilingId(), attempts, lastError);
			return;
		}
		Instant next = now.plus(settings.backoffAfter(attempts));
		if (outbox.retryLater(event.id(), event.claimedBy(), attempts, next, lastError) == 0) {
			claimLostWhileSending(event, lastError);
			return;
		}
		meters.counter("bridge.sync.deliveries", "result", "retry").increment();
		log.warn("Event {} for console filing {} not acknowledged (attempt {}): {}; next try at {}", event.eventId(),
				event.consoleFilingId(), attempts, lastError, next);
	}

	/**
	 * The run that now holds the claim sends the event again and records what it hears; the console sees the
	 * same Idempotency-Key twice. Only a POST outlasting bridge.sync.claim-ttl (or a stalled node) gets here.
	 */
	private void claimLostWhileSending(PendingConsoleEvent event, String outcome) {
		meters.counter("bridge.sync.deliveries", "result", "claim-lost").increment();
		log.warn("Event {} for console filing {}: {}, but sync run {} lost its claim while sending (longer than "
				+ "bridge.sync.claim-ttl {}?); the run that holds it now records the outcome", event.eventId(),
				event.consoleFilingId(), outcome, event.claimedBy(), settings.claimTtl());
	}

}
