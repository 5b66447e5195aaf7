package cn.beianbridge.sync.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.delivery.DeliveryQueue;
import cn.beianbridge.delivery.DeliveryQueues;
import cn.beianbridge.filing.ConsoleOutbox;
import cn.beianbridge.filing.PendingConsoleEvent;
import cn.beianbridge.sync.EventDelivery;
import cn.beianbridge.sync.SyncSettings;

/**
 * The Java side of route {@code sync-console} (routes/sync.camel.yaml): claims the due events, prepares each
 * POST, and records what the console answered. Any 2xx acknowledges; anything else, or no answer at all, is a failed
 * attempt. Claims, renewals, back-off and DEAD after {@code bridge.sync.max-attempts} are the outbox's
 * {@link DeliveryQueue}'s: overlapping runs (two nodes, a slow run and a manual one, a misfire) each send only the
 * events they hold, and a claim is renewed just before each POST.
 */
@Component("consoleSync")
class ConsoleEventSender implements EventDelivery {

	private static final Logger log = LoggerFactory.getLogger(ConsoleEventSender.class);

	private final DeliveryQueue<PendingConsoleEvent, String> queue;

	private final ConsoleSettings console;

	ConsoleEventSender(ConsoleOutbox outbox, ConsoleSettings console, SyncSettings settings, DeliveryQueues queues) {
		this.queue = queues.queue(outbox, settings.delivery(), new ConsoleEventReporting(), log);
		this.console = console;
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
		return queue.claimDue();
	}

	/** False when the claim lapsed and another run took the event (or delivered it): this run must not send it. */
	public boolean renewClaim(PendingConsoleEvent event) {
		return queue.renew(event);
	}

	/** At the end of a run: gives back the claims of events it did not get to record (nothing was sent for them). */
	public void releaseClaims(List<PendingConsoleEvent> claimed) {
		queue.release(claimed);
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
			if (queue.sent(event, "HTTP " + status)) {
				log.info("Synced {} of filing {} to the console (event {}, HTTP {}{})", event.type(),
						event.consoleFilingId(), event.eventId(), status,
						event.attempts() == 0 ? "" : ", after " + event.attempts() + " failed attempt(s)");
			}
			return;
		}
		String body = exchange.getMessage().getBody(String.class);
		queue.failed(event, "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body));
	}

	public void recordTransportFailure(Exchange exchange) {
		PendingConsoleEvent event = exchange.getVariable("event", PendingConsoleEvent.class);
		Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
		if (event == null) {
			// the request could not even be prepared: nothing was sent, the event stays as it was
			log.error("Could not prepare a console event for delivery", cause);
			return;
		}
		queue.failed(event, cause == null ? "no answer" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
	}

	@Override
	public boolean redeliver(String eventId) {
		return queue.requeue(eventId);
	}

}
