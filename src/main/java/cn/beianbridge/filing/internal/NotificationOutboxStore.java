package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.NotificationOutbox;

/** {@link NotificationOutbox} on filing_event's notification_status, each row read back into its typed event. */
@Component
class NotificationOutboxStore implements NotificationOutbox {

	private static final Logger log = LoggerFactory.getLogger(NotificationOutboxStore.class);

	private final EventMapper mapper;

	private final PersonalData personalData;

	NotificationOutboxStore(EventMapper mapper, PersonalData personalData) {
		this.mapper = mapper;
		this.personalData = personalData;
	}

	@Override
	public List<Entry> toPlan(int limit) {
		List<Entry> entries = new ArrayList<>();
		for (OutboxRow row : mapper.findEventsToPlan(limit)) {
			try {
				entries.add(new Entry(row.id(), ConsoleEventJson.read(row.opened(personalData))));
			}
			catch (RuntimeException unreadable) {
				log.error("Event {} ({}) of console filing {} could not be turned into notifications; marked FAILED in "
						+ "filing_event.notification_status (set it back to PENDING to plan it again)", row.eventId(),
						row.type(), row.consoleFilingId(), unreadable);
				mapper.markPlanning(row.id(), Planning.FAILED);
			}
		}
		return entries;
	}

	@Override
	public void mark(Entry entry, Planning planning) {
		mapper.markPlanning(entry.position(), planning);
	}

}
