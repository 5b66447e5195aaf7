package cn.beianbridge.sync.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.beianbridge.delivery.DeliveryMeter;
import cn.beianbridge.delivery.DeliveryReporting;
import cn.beianbridge.filing.PendingConsoleEvent;
import cn.beianbridge.shared.OperatorAlert;

/** The console sync's words, meters ({@code bridge.sync.*}, as the dashboards know them) and DEAD alert. */
class ConsoleEventReporting implements DeliveryReporting<PendingConsoleEvent, String> {

	private static final String DELIVERIES = "bridge.sync.deliveries";

	@Override
	public Words words() {
		return new Words("sync", "events", "acknowledged");
	}

	@Override
	public String describe(PendingConsoleEvent event) {
		return "Event " + event.eventId() + " for console filing " + event.consoleFilingId();
	}

	@Override
	public String whileDead(PendingConsoleEvent event) {
		return "later events of this filing wait until it is redelivered";
	}

	@Override
	public String requeued(String eventId) {
		return "Event " + eventId + " is queued for the console again";
	}

	@Override
	public List<DeliveryMeter> meters(Outcome outcome, PendingConsoleEvent event) {
		switch (outcome) {
			case SENT:
				return List.of(DeliveryMeter.of(DELIVERIES, "result", "acknowledged"));
			case RETRY:
				return List.of(DeliveryMeter.of(DELIVERIES, "result", "retry"));
			case DEAD:
				return List.of(DeliveryMeter.of("bridge.sync.dead"), DeliveryMeter.of(DELIVERIES, "result", "dead"));
			default:
				return List.of(DeliveryMeter.of(DELIVERIES, "result", "claim-lost"));
		}
	}

	@Override
	public Optional<OperatorAlert> deadAlert(PendingConsoleEvent event, int attempts, String lastError) {
		return Optional.of(new OperatorAlert(OperatorAlert.Kind.EVENT_DEAD, event.eventId(),
				Map.of("consoleFilingId", event.consoleFilingId(), "eventId", event.eventId(), "eventType",
						event.type().name(), "attempts", Integer.toString(attempts), "lastError", lastError)));
	}

}
