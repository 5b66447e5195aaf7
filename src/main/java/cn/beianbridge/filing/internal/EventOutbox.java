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
		appendAll(List.of(event));
	}

	/** Many events in one statement, in this order. */
	public void appendAll(List<? extends FilingEvent> events) {
		List<NewRows.NewEvent> rows = events.stream()
			.map(event -> new NewRows.NewEvent(event.eventId(), event.filingId(), event.consoleFilingId(),
					event.province(), event.type(), event.occurredAt(), ConsoleEventJson.write(event)))
			.toList();
		Chunks.of(rows, Chunks.ROWS).forEach(mapper::insertEvents);
	}

}
