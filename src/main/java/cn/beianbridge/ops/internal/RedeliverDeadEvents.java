package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.ConsoleEventDelivery;
import cn.beianbridge.filing.ConsoleEvents;
import cn.beianbridge.sync.EventDelivery;

/** "Re-deliver every DEAD console event matching" the deliveries page's filters. */
@Component
class RedeliverDeadEvents implements BulkAction {

	private final ConsoleEvents events;

	private final EventDelivery delivery;

	RedeliverDeadEvents(ConsoleEvents events, EventDelivery delivery) {
		this.events = events;
		this.delivery = delivery;
	}

	@Override
	public String name() {
		return "events.redeliver";
	}

	@Override
	public String describe() {
		return "Re-deliver every DEAD console event matching";
	}

	@Override
	public String listPage(BulkQuery query) {
		return "/ops/deliveries?" + dead(query);
	}

	@Override
	public long count(BulkQuery query) {
		return events.count(filter(query).events());
	}

	@Override
	public List<String> sample(BulkQuery query, int n) {
		return events.find(filter(query).events(), n)
			.stream()
			.map(e -> e.type() + " of " + e.consoleFilingId() + " (province " + e.province() + ", event " + e.eventId()
					+ "): " + DeliveryOperations.deadState(e.attempts(), e.lastError()))
			.toList();
	}

	@Override
	public List<String> select(BulkQuery query, int limit) {
		return events.find(filter(query).events(), limit).stream().map(ConsoleEventDelivery::eventId).toList();
	}

	@Override
	public BulkItemOutcome apply(String eventId, BulkRun run) {
		if (delivery.redeliver(eventId)) {
			return BulkItemOutcome.done("back in the queue, due now");
		}
		return BulkItemOutcome.skipped("not DEAD any more: "
				+ events.find(eventId).map(ConsoleEventDelivery::status).orElse("gone (purged)"));
	}

	private static DeliveryFilter filter(BulkQuery query) {
		return DeliveryFilter.dead(query, DeliveryFilter.Kind.EVENT);
	}

	private static BulkQuery dead(BulkQuery query) {
		return query.with("kind", "event").with("status", DeliveryFilter.DEAD);
	}

}
