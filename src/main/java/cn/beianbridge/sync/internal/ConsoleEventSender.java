package cn.beianbridge.sync.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.sync.EventDelivery;
import cn.beianbridge.sync.SyncSettings;

/**
 * The Java side of route {@code sync-console} (routes/sync.camel.yaml): claims the due events, prepares each
 * POST, and records what the console answered. Any 2xx acknowledges; anything else, or no answer at all,
 * is retried with back-off until {@code bridge.sync.max-attempts}, then the event is DEAD until redelivered.
 */
@Component("consoleSync")
class ConsoleEventSender implements EventDelivery {

	private static final Logger log = LoggerFactory.getLogger(ConsoleEventSender.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final DeliveryMapper mapper;

	private final ConsoleSettings console;

	private final SyncSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	ConsoleEventSender(DeliveryMapper mapper, ConsoleSettings console, SyncSettings settings, Clock clock,
			MeterRegistry meters) {
		this.mapper = mapper;
		this.console = console;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	/** Puts the due events in the body; none when no console is configured. */
	public List<PendingEvent> claimDue() {
		if (console.baseUrl() == null || console.baseUrl().isBlank()) {
			log.warn("bridge.console.base-url is not set: events wait in the outbox until it is");
			return List.of();
		}
		return mapper.findDue(clock.instant(), settings.batchSize());
	}

	public void prepareRequest(Exchange exchange) {
		PendingEvent event = exchange.getMessage().getBody(PendingEvent.class);
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
		PendingEvent event = exchange.getVariable("event", PendingEvent.class);
		Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
		if (status != null && status >= 200 && status < 300) {
			mapper.markDelivered(event.id());
			meters.counter("bridge.sync.deliveries", "result", "acknowledged").increment();
			log.info("Synced {} of filing {} to the console (event {}, HTTP {}{})", event.type(), event.consoleFilingId(),
					event.eventId(), status, event.attempts() == 0 ? "" : ", after " + event.attempts() + " failed attempt(s)");
			return;
		}
		String body = exchange.getMessage().getBody(String.class);
		failed(event, "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body));
	}

	public void recordTransportFailure(Exchange exchange) {
		PendingEvent event = exchange.getVariable("event", PendingEvent.class);
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
		boolean back = mapper.redeliver(eventId, clock.instant()) == 1;
		if (back) {
			log.info("Event {} is queued for the console again", eventId);
		}
		return back;
	}

	private void failed(PendingEvent event, String error) {
		int attempts = event.attempts() + 1;
		String lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
		Instant now = clock.instant();
		if (attempts >= settings.maxAttempts()) {
			mapper.markFailed(event.id(), attempts, "DEAD", now, lastError);
			meters.counter("bridge.sync.dead").increment();
			meters.counter("bridge.sync.deliveries", "result", "dead").increment();
			log.error("Event {} for console filing {} is DEAD after {} attempts (last: {}); later events of this filing "
					+ "wait until it is redelivered", event.eventId(), event.consoleFilingId(), attempts, lastError);
			return;
		}
		Instant next = now.plus(settings.backoffAfter(attempts));
		mapper.markFailed(event.id(), attempts, "PENDING", next, lastError);
		meters.counter("bridge.sync.deliveries", "result", "retry").increment();
		log.warn("Event {} for console filing {} not acknowledged (attempt {}): {}; next try at {}", event.eventId(),
				event.consoleFilingId(), attempts, lastError, next);
	}

}
