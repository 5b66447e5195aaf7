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

	EventOutbox(EventMapper mapper) {
		this.mapper = mapper;
	}

	public void append(FilingEvent event) {
		mapper.insertEvent(event.eventId(), event.filingId(), event.consoleFilingId(), event.province(), event.type(),
				event.occurredAt(), ConsoleEventJson.write(event));
	}

	/** Many events in one insert, in their order: each keeps its own event id and payload. */
	public void appendAll(List<? extends FilingEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		mapper.insertEvents(events.stream().map(e -> new EventMapper.EventRow(e.eventId(), e.filingId(),
				e.consoleFilingId(), e.province(), e.type(), e.occurredAt(), ConsoleEventJson.write(e))).toList());
	}

}
