package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.ChinaTime;

/**
 * Writes console events (contracts/bureau-event.schema.json) into the outbox table, always inside the
 * transaction of the change they report, so an event exists exactly when its change does.
 */
@Component
public class EventOutbox {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EventMapper mapper;

	EventOutbox(EventMapper mapper) {
		this.mapper = mapper;
	}

	/** A HELD event: the filing (or the rejected input) waits for a fix, for these reasons. */
	public String held(Long filingId, String consoleFilingId, String province, Instant submissionDeadline,
			List<Reason> reasons, Instant now) {
		ObjectNode event = envelope(consoleFilingId, "HELD", province, now);
		if (submissionDeadline != null) {
			event.put("submissionDeadline", ChinaTime.format(submissionDeadline));
		}
		ArrayNode array = event.putArray("reasons");
		for (Reason reason : reasons) {
			ObjectNode item = array.addObject();
			if (reason.code() != null) {
				item.put("code", reason.code());
			}
			if (reason.field() != null) {
				item.put("field", reason.field());
			}
			item.put("text", reason.text());
		}
		return append(filingId, event, now);
	}

	/** A SUBMITTED event: the bureau received the filing; the applicant's SMS verification comes next. */
	public String submitted(long filingId, String consoleFilingId, String province, Instant submissionDeadline,
			Instant now) {
		ObjectNode event = envelope(consoleFilingId, "SUBMITTED", province, now);
		event.put("submissionDeadline", ChinaTime.format(submissionDeadline));
		return append(filingId, event, now);
	}

	private static ObjectNode envelope(String consoleFilingId, String type, String province, Instant now) {
		ObjectNode event = JSON.createObjectNode();
		event.put("eventId", UUID.randomUUID().toString());
		event.put("consoleFilingId", consoleFilingId);
		event.put("type", type);
		event.put("occurredAt", ChinaTime.format(now));
		event.put("province", province);
		return event;
	}

	private String append(Long filingId, ObjectNode event, Instant now) {
		try {
			String eventId = event.get("eventId").asText();
			mapper.insertEvent(eventId, filingId, event.get("consoleFilingId").asText(), event.get("province").asText(),
					event.get("type").asText(), now, JSON.writeValueAsString(event));
			return eventId;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write event " + event, ex);
		}
	}

}
