package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.CancellationScope;
import cn.beianbridge.filing.CancelledBy;
import cn.beianbridge.filing.FilingApproved;
import cn.beianbridge.filing.FilingEvent;
import cn.beianbridge.filing.FilingFlaggedOverdue;
import cn.beianbridge.filing.FilingCancelled;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingRefused;
import cn.beianbridge.filing.FilingRejected;
import cn.beianbridge.filing.FilingSubmitted;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.ChinaTime;

/**
 * A filing event as the console's contract writes it (contracts/bureau-event.schema.json), and back. The only place
 * that knows the wire form: fields in the contract's order, absent rather than null.
 */
final class ConsoleEventJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ConsoleEventJson() {
	}

	static String write(FilingEvent event) {
		ObjectNode json = JSON.createObjectNode();
		json.put("eventId", event.eventId());
		json.put("consoleFilingId", event.consoleFilingId());
		json.put("type", event.type().name());
		json.put("occurredAt", ChinaTime.format(event.occurredAt()));
		json.put("province", event.province());
		if (event instanceof FilingHeld held) {
			putTime(json, "submissionDeadline", held.submissionDeadline());
			putReasons(json, held.reasons());
		}
		else if (event instanceof FilingSubmitted submitted) {
			putTime(json, "submissionDeadline", submitted.submissionDeadline());
		}
		else if (event instanceof FilingApproved approved) {
			// an approved CANCEL request has no number of its own: the filings it cancelled carry the retired ones
			putIfGiven(json, "entityIcpNumber", approved.entityIcpNumber());
			putWebsites(json, approved.websites());
		}
		else if (event instanceof FilingRejected rejected) {
			putReasons(json, rejected.opinions());
			putIfGiven(json, "reviewer", rejected.reviewer());
			putIfGiven(json, "reviewedOn", rejected.reviewedOn() == null ? null : rejected.reviewedOn().toString());
		}
		else if (event instanceof FilingRefused refused) {
			putReasons(json, refused.codes());
		}
		else if (event instanceof FilingCancelled cancelled) {
			json.put("cancelledBy", cancelled.cancelledBy().name());
			json.put("scope", cancelled.scope().name());
			if (cancelled.scope() != CancellationScope.FILING) {
				ArrayNode retired = json.putArray("retiredIcpNumbers");
				cancelled.retiredIcpNumbers().forEach(retired::add);
				putWebsites(json, cancelled.websites());
			}
			putIfGiven(json, "remark", cancelled.remark());
			if (!cancelled.reasons().isEmpty()) {
				putReasons(json, cancelled.reasons());
			}
		}
		try {
			return JSON.writeValueAsString(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write event " + event, ex);
		}
	}

	/** The event of an outbox row: who and where from the row, what happened from the payload the console got. */
	static FilingEvent read(OutboxRow row) {
		JsonNode json;
		try {
			json = JSON.readTree(row.payload());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Event " + row.eventId() + " is not JSON", ex);
		}
		Instant at = time(json, "occurredAt");
		switch (row.type()) {
			case HELD:
				return new FilingHeld(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at,
						json.has("submissionDeadline") ? time(json, "submissionDeadline") : null, reasons(json));
			case SUBMITTED:
				return new FilingSubmitted(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at,
						time(json, "submissionDeadline"));
			case APPROVED:
				return new FilingApproved(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at,
						text(json, "entityIcpNumber"), websites(json));
			case REJECTED:
				String reviewedOn = text(json, "reviewedOn");
				return new FilingRejected(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at,
						reasons(json), text(json, "reviewer"), reviewedOn == null ? null : LocalDate.parse(reviewedOn));
			case REFUSED:
				return new FilingRefused(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at,
						reasons(json));
			case REVIEW_OVERDUE:
				return new FilingFlaggedOverdue(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at);
			case CANCELLED:
				// written before the bureau's cancellations: an operator's, before submission
				String by = text(json, "cancelledBy");
				String scope = text(json, "scope");
				List<String> retired = new ArrayList<>();
				json.path("retiredIcpNumbers").forEach(number -> retired.add(number.asText()));
				return new FilingCancelled(row.eventId(), row.filingId(), row.consoleFilingId(), row.province(), at,
						by == null ? CancelledBy.OPERATOR : CancelledBy.valueOf(by),
						scope == null ? CancellationScope.FILING : CancellationScope.valueOf(scope), retired,
						websites(json), text(json, "remark"), reasons(json));
			default:
				throw new IllegalStateException("Event " + row.eventId() + " is a " + row.type()
						+ ", which no transition raises");
		}
	}

	private static void putWebsites(ObjectNode json, List<FilingApproved.Website> websites) {
		ArrayNode array = json.putArray("websites");
		for (FilingApproved.Website website : websites) {
			ObjectNode item = array.addObject().put("consoleWebsiteId", website.consoleWebsiteId());
			putIfGiven(item, "icpNumber", website.icpNumber());
		}
	}

	private static List<FilingApproved.Website> websites(JsonNode json) {
		List<FilingApproved.Website> websites = new ArrayList<>();
		json.path("websites").forEach(w -> websites.add(new FilingApproved.Website(w.path("consoleWebsiteId").asText(),
				w.hasNonNull("icpNumber") ? w.get("icpNumber").asText() : null)));
		return websites;
	}

	private static void putTime(ObjectNode json, String name, Instant time) {
		if (time != null) {
			json.put(name, ChinaTime.format(time));
		}
	}

	private static void putIfGiven(ObjectNode json, String name, String value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	private static void putReasons(ObjectNode json, List<Reason> reasons) {
		ArrayNode array = json.putArray("reasons");
		for (Reason reason : reasons) {
			ObjectNode item = array.addObject();
			putIfGiven(item, "code", reason.code());
			putIfGiven(item, "field", reason.field());
			item.put("text", reason.text());
		}
	}

	private static List<Reason> reasons(JsonNode json) {
		List<Reason> reasons = new ArrayList<>();
		json.path("reasons").forEach(r -> reasons.add(Reason.of(text(r, "code"), text(r, "field"), text(r, "text"))));
		return reasons;
	}

	private static String text(JsonNode json, String name) {
		return json.hasNonNull(name) ? json.get(name).asText() : null;
	}

	private static Instant time(JsonNode json, String name) {
		String text = text(json, name);
		if (text == null) {
			throw new IllegalStateException("The event has no " + name);
		}
		return OffsetDateTime.parse(text).toInstant();
	}

}
