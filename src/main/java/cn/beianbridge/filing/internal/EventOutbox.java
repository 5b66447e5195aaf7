package cn.beianbridge.filing.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingEvent;

/**
 * Writes filing events into the outbox table (filing_event) as the console will receive them, always inside the
 * transaction of the change they report, so an event exists exactly when its change does.
 */
@Component
public class EventOutbox {

	private final EventMapper mapper;

	private final BatchedInserts batched;

	EventOutbox(EventMapper mapper, BatchedInserts batched) {
		this.mapper = mapper;
		this.batched = batched;
	}

	public void append(FilingEvent event) {
		mapper.insertEvent(row(event));
	}

	/** Many events in one batch, in this order. */
	public void appendAll(List<? extends FilingEvent> events) {
		batched.insert(EventMapper.class, "insertEvent", "e", events.stream().map(EventOutbox::row).toList());
	}

	private static NewRows.NewEvent row(FilingEvent event) {
		return new NewRows.NewEvent(event.eventId(), event.filingId(), event.consoleFilingId(), event.province(),
				event.type(), event.occurredAt(), ConsoleEventJson.write(event));
	}

}
