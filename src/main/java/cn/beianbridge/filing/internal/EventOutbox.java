package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
		putReasons(event, reasons);
		return append(filingId, event, now);
	}

	/** A SUBMITTED event: the bureau received the filing; the applicant's SMS verification comes next. */
	public String submitted(long filingId, String consoleFilingId, String province, Instant submissionDeadline,
			Instant now) {
		ObjectNode event = envelope(consoleFilingId, "SUBMITTED", province, now);
		event.put("submissionDeadline", ChinaTime.format(submissionDeadline));
		return append(filingId, event, now);
	}

	/** An APPROVED event: the bureau's ICP numbers for the entity and each website. */
	public String approved(long filingId, String consoleFilingId, String province, String entityIcpNumber,
			Map<String, String> websiteIcpNumbers, Instant now) {
		ObjectNode event = envelope(consoleFilingId, "APPROVED", province, now);
		event.put("entityIcpNumber", entityIcpNumber);
		ArrayNode websites = event.putArray("websites");
		websiteIcpNumbers.forEach((consoleWebsiteId, icpNumber) -> {
			ObjectNode website = websites.addObject();
			website.put("consoleWebsiteId", consoleWebsiteId);
			website.put("icpNumber", icpNumber);
		});
		return append(filingId, event, now);
	}

	/** A REJECTED event: the reviewers' opinions, who reviewed, and on which day (when the bureau said). */
	public String rejected(long filingId, String consoleFilingId, String province, List<Reason> opinions,
			String reviewer, LocalDate reviewedOn, Instant now) {
		ObjectNode event = envelope(consoleFilingId, "REJECTED", province, now);
		putReasons(event, opinions);
		if (reviewer != null) {
			event.put("reviewer", reviewer);
		}
		if (reviewedOn != null) {
			event.put("reviewedOn", reviewedOn.toString());
		}
		return append(filingId, event, now);
	}

	/** A REFUSED event: the bureau's data codes (10xx, 5xxx) with their texts. */
	public String refused(long filingId, String consoleFilingId, String province, List<Reason> codes, Instant now) {
		ObjectNode event = envelope(consoleFilingId, "REFUSED", province, now);
		putReasons(event, codes);
		return append(filingId, event, now);
	}

	private static void putReasons(ObjectNode event, List<Reason> reasons) {
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
	}

	/** A REVIEW_OVERDUE event: the bureau has not decided within the province's review limit. */
	public String reviewOverdue(long filingId, String consoleFilingId, String province, Instant now) {
		return append(filingId, envelope(consoleFilingId, "REVIEW_OVERDUE", province, now), now);
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
