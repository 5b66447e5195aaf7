package cn.beianbridge.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.CancellationScope;
import cn.beianbridge.filing.CancelledBy;
import cn.beianbridge.filing.FilingApproved;
import cn.beianbridge.filing.FilingCancelled;
import cn.beianbridge.filing.FilingContacts;
import cn.beianbridge.filing.FilingEvent;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingRefused;
import cn.beianbridge.filing.FilingRejected;
import cn.beianbridge.filing.FilingSubmitted;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.NotificationOutbox;
import cn.beianbridge.filing.NotificationOutbox.Planning;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.OperatorAlert;
import cn.beianbridge.shared.Sha256;

/**
 * Turns causes into stored, rendered notifications: outbox events into messages to the filing's responsible
 * persons, operator alerts into messages to the operators. Each message is keyed (cause, channel, recipient)
 * and inserted only if new, so planning the same cause again (a retry, a second node) plans nothing more.
 */
class NotificationPlanner {

	private static final Logger log = LoggerFactory.getLogger(NotificationPlanner.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final String NOT_GIVEN = "—";

	private static final int MAX_KEY_LENGTH = 191;

	private final NotificationMapper mapper;

	private final NotificationOutbox outbox;

	private final NotificationTemplates templates;

	private final Filings filings;

	private final ProvinceCatalogue provinces;

	private final NotificationSettings settings;

	private final Clock clock;

	private final PersonalData personalData;

	NotificationPlanner(NotificationMapper mapper, NotificationOutbox outbox, NotificationTemplates templates,
			Filings filings, ProvinceCatalogue provinces, NotificationSettings settings, Clock clock,
			PersonalData personalData) {
		this.personalData = personalData;
		this.mapper = mapper;
		this.outbox = outbox;
		this.templates = templates;
		this.filings = filings;
		this.provinces = provinces;
		this.settings = settings;
		this.clock = clock;
	}

	/** The next outbox events to plan, oldest first; null when there are none (nothing to do this poll). */
	List<NotificationOutbox.Entry> eventsToPlan() {
		List<NotificationOutbox.Entry> events = outbox.toPlan(settings.batchSize());
		return events.isEmpty() ? null : events;
	}

	/**
	 * Plans the customer notifications of one event, and marks the event planned, in one transaction: a
	 * crash in between plans the event again, which inserts nothing twice.
	 */
	@Transactional
	public void plan(NotificationOutbox.Entry entry) {
		FilingEvent event = entry.event();
		NotificationKind kind = customerKind(event);
		if (kind == null) {
			outbox.mark(entry, Planning.NONE);
			return;
		}
		FilingContacts contacts = event.filingId() == null ? null : filings.contacts(event.filingId()).orElse(null);
		if (contacts == null) {
			log.error("Event {} ({}) names console filing {}, which is not stored: no notification planned",
					event.eventId(), event.type(), event.consoleFilingId());
			outbox.mark(entry, Planning.FAILED);
			return;
		}
		if (contacts.filingType() == FilingType.CANCEL && !(event instanceof FilingCancelled)) {
			// a cancel request names no person: its customer is told through the filings it cancelled
			outbox.mark(entry, Planning.NONE);
			return;
		}
		Province province = provinces.get(event.province());
		if (kind == NotificationKind.FILING_SUBMITTED && !province.smsVerification().required()) {
			// the reminder is about MIIT's SMS verification; where there is none, the decision is the next news
			outbox.mark(entry, Planning.NONE);
			return;
		}
		Map<String, String> variables = customerVariables(contacts, province);
		Instant occurredAt = event.occurredAt();
		if (event instanceof FilingSubmitted) {
			variables.put("submittedAt", readable(occurredAt));
			variables.put("smsHours", Integer.toString(province.smsVerification().hours()));
			variables.put("smsDeadline", readable(occurredAt.plus(province.smsVerification().window())));
		}
		else if (event instanceof FilingApproved approved) {
			variables.put("approvedAt", readable(occurredAt));
			variables.put("entityIcpNumber", given(approved.entityIcpNumber()));
			variables.put("websiteIcpNumbers", websiteNumbers(contacts, approved));
		}
		else if (event instanceof FilingRejected rejected) {
			variables.put("rejectedAt", readable(occurredAt));
			variables.put("reasons", reasons(rejected.opinions()));
			variables.put("reviewer", given(rejected.reviewer()));
			variables.put("reviewedOn", rejected.reviewedOn() == null ? NOT_GIVEN : rejected.reviewedOn().toString());
		}
		else if (event instanceof FilingRefused refused) {
			variables.put("refusedAt", readable(occurredAt));
			variables.put("reasons", reasons(refused.codes()));
		}
		else if (event instanceof FilingHeld) {
			variables.put("heldAt", readable(occurredAt));
		}
		String cause = event.eventId();
		if (event instanceof FilingCancelled cancelled) {
			variables.put("cancelledAt", readable(occurredAt));
			variables.put("cancelledWhat", cancelledWhat(cancelled.scope()));
			variables.put("retiredIcpNumbers", cancelled.retiredIcpNumbers().isEmpty() ? NOT_GIVEN
					: String.join("、", cancelled.retiredIcpNumbers()));
			variables.put("cancelledWebsites", cancelledWebsites(contacts, cancelled));
			variables.put("remark", given(cancelled.remark()));
			cause = cancellationCause(cancelled);
		}
		MessageTemplate template = templates.get(kind);
		int planned = 0;
		for (FilingContacts.Person person : distinct(contacts, FilingContacts.Person::mobile)) {
			planned += storeForCustomer(template, kind, Channel.SMS, person, person.mobile(), variables, event, cause);
		}
		for (FilingContacts.Person person : distinct(contacts, p -> p.email().toLowerCase(Locale.ROOT))) {
			planned += storeForCustomer(template, kind, Channel.EMAIL, person, person.email(), variables, event, cause);
		}
		outbox.mark(entry, Planning.PLANNED);
		log.debug("Planned {} {} notification(s) for console filing {}", planned, kind, event.consoleFilingId());
	}

	/** The event could not be planned: it is marked FAILED (kept, with an ERROR line) so the ones behind it go on. */
	@Transactional
	public void failed(NotificationOutbox.Entry entry, RuntimeException cause) {
		FilingEvent event = entry.event();
		log.error("Event {} ({}) of console filing {} could not be turned into notifications; marked FAILED in "
				+ "filing_event.notification_status (set it back to PENDING to plan it again)", event.eventId(),
				event.type(), event.consoleFilingId(), cause);
		outbox.mark(entry, Planning.FAILED);
	}

	/** An operator alert: runs in the transaction of whoever raised it, so it is stored exactly when its cause is. */
	@EventListener
	public void on(OperatorAlert alert) {
		NotificationKind kind = NotificationKind.of(alert.kind());
		MessageTemplate template = templates.get(kind);
		Map<String, String> variables = new LinkedHashMap<>();
		for (String name : kind.variables()) {
			variables.put(name, NOT_GIVEN);
		}
		variables.putAll(alert.variables());
		String province = alert.variables().get("province");
		variables.put("provinceName", province == null ? "" : provinces.find(province).map(Province::nameZh).orElse(province));
		variables.put("raisedAt", readable(clock.instant()));
		String cause = "alert:" + kind + ":" + alert.key();
		String consoleFilingId = alert.variables().get("consoleFilingId");
		for (String email : settings.operators().emails()) {
			store(template, kind, Channel.EMAIL, email, variables, null, cause, consoleFilingId);
		}
		for (String mobile : settings.operators().mobiles()) {
			store(template, kind, Channel.SMS, mobile, variables, null, cause, consoleFilingId);
		}
	}

	private int storeForCustomer(MessageTemplate template, NotificationKind kind, Channel channel,
			FilingContacts.Person person, String recipient, Map<String, String> variables, FilingEvent event,
			String cause) {
		Map<String, String> values = new LinkedHashMap<>(variables);
		values.put("recipientName", person.name());
		return store(template, kind, channel, recipient, values, event.eventId(), cause, event.consoleFilingId());
	}

	private int store(MessageTemplate template, NotificationKind kind, Channel channel, String recipient,
			Map<String, String> values, String eventId, String cause, String consoleFilingId) {
		// the recipient by its blind index: the key is also the SMS gateway's outId and the mail's Message-ID
		String key = key(cause + ":" + channel + ":" + personalData.blindIndex(recipient.toLowerCase(Locale.ROOT)));
		NewNotification notification;
		if (channel == Channel.SMS) {
			if (template.sms() == null) {
				return 0;
			}
			notification = new NewNotification(key, kind.name(), kind.audience().name(), channel.name(), recipient,
					consoleFilingId, eventId, template.sms().templateCode(), templateParam(template.sms().text(), values),
					null, template.sms().text().render(values), clock.instant());
		}
		else {
			if (template.email() == null) {
				return 0;
			}
			notification = new NewNotification(key, kind.name(), kind.audience().name(), channel.name(), recipient,
					consoleFilingId, eventId, null, null, template.email().subject().render(values),
					template.email().body().render(values), clock.instant());
		}
		return mapper.insertIgnore(notification);
	}

	/**
	 * HELD the customer learns in the console, but for a wrong filing password, which only the customer can put
	 * right; REVIEW_OVERDUE is an operator alert.
	 */
	private static NotificationKind customerKind(FilingEvent event) {
		if (event instanceof FilingHeld held && held.filingPasswordWrong()) {
			return NotificationKind.FILING_PASSWORD_WRONG;
		}
		if (event instanceof FilingSubmitted) {
			return NotificationKind.FILING_SUBMITTED;
		}
		if (event instanceof FilingApproved) {
			return NotificationKind.FILING_APPROVED;
		}
		if (event instanceof FilingRejected) {
			return NotificationKind.FILING_REJECTED;
		}
		if (event instanceof FilingRefused) {
			return NotificationKind.FILING_REFUSED;
		}
		// an operator's cancellation answers the customer's own request in the console
		if (event instanceof FilingCancelled cancelled && cancelled.cancelledBy() == CancelledBy.BUREAU) {
			return NotificationKind.FILING_CANCELLED_BY_BUREAU;
		}
		// the customer's own cancellation, approved by the bureau: what was cancelled and which numbers lapsed
		if (event instanceof FilingCancelled cancelled && cancelled.cancelledBy() == CancelledBy.CUSTOMER) {
			return NotificationKind.FILING_CANCELLED_ON_REQUEST;
		}
		return null;
	}

	/**
	 * One bureau cancellation touching several filings of a customer (a first filing and its new websites) raises an
	 * event per filing, each naming every number it retired: a person is told of it once, keyed by those numbers.
	 */
	private static String cancellationCause(FilingCancelled cancelled) {
		if (cancelled.retiredIcpNumbers().isEmpty()) {
			return cancelled.eventId();
		}
		String by = cancelled.cancelledBy() == CancelledBy.BUREAU ? "bureau-cancelled:" : "customer-cancelled:";
		return by + cancelled.province() + ":" + cancelled.scope() + ":"
				+ String.join(",", cancelled.retiredIcpNumbers());
	}

	private static String cancelledWhat(CancellationScope scope) {
		return switch (scope) {
			case ENTITY -> "备案主体及其全部网站";
			case WEBSITE -> "网站备案";
			case ACCESS -> "网站在本服务商的接入";
			default -> "备案";
		};
	}

	/** The websites touched, named as the customer knows them, with the number each lost. */
	private static String cancelledWebsites(FilingContacts contacts, FilingCancelled cancelled) {
		List<String> lines = new ArrayList<>();
		for (FilingApproved.Website website : cancelled.websites()) {
			FilingContacts.Site site = contacts.websites().stream()
				.filter(s -> s.consoleWebsiteId().equals(website.consoleWebsiteId())).findFirst().orElse(null);
			String name = site == null ? website.consoleWebsiteId()
					: site.name() + "（" + String.join("、", site.domains()) + "）";
			lines.add(website.icpNumber() == null ? name : name + "：" + website.icpNumber());
		}
		return lines.isEmpty() ? NOT_GIVEN : String.join("\n", lines);
	}

	private Map<String, String> customerVariables(FilingContacts contacts, Province province) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("consoleFilingId", contacts.consoleFilingId());
		variables.put("provinceName", province.nameZh());
		variables.put("entityName", contacts.entityName());
		variables.put("websiteNames", String.join("、", contacts.websites().stream().map(FilingContacts.Site::name).toList()));
		variables.put("domains", String.join("、", contacts.websites().stream().flatMap(s -> s.domains().stream()).toList()));
		return variables;
	}

	private static String websiteNumbers(FilingContacts contacts, FilingApproved approved) {
		Map<String, String> numbers = new LinkedHashMap<>();
		approved.websites().forEach(w -> numbers.put(w.consoleWebsiteId(), given(w.icpNumber())));
		List<String> lines = new ArrayList<>();
		for (FilingContacts.Site site : contacts.websites()) {
			lines.add(site.name() + "（" + String.join("、", site.domains()) + "）："
					+ numbers.getOrDefault(site.consoleWebsiteId(), NOT_GIVEN));
		}
		return String.join("\n", lines);
	}

	private static String reasons(List<Reason> reasons) {
		List<String> lines = new ArrayList<>();
		int n = 1;
		for (Reason reason : reasons) {
			String code = reason.code() == null ? "" : reason.code();
			lines.add(n++ + ". " + (code.isEmpty() ? "" : "[" + code + "] ") + reason.text());
		}
		return lines.isEmpty() ? NOT_GIVEN : String.join("\n", lines);
	}

	private static String given(String value) {
		return value == null ? NOT_GIVEN : value;
	}

	/** The responsible persons (entity first, then each website's), one per distinct mobile or email. */
	private static List<FilingContacts.Person> distinct(FilingContacts contacts,
			Function<FilingContacts.Person, String> identity) {
		Set<String> seen = new LinkedHashSet<>();
		List<FilingContacts.Person> persons = new ArrayList<>();
		List<FilingContacts.Person> all = new ArrayList<>();
		all.add(contacts.entityPerson());
		contacts.websites().forEach(site -> all.add(site.person()));
		for (FilingContacts.Person person : all) {
			if (seen.add(identity.apply(person))) {
				persons.add(person);
			}
		}
		return persons;
	}

	/** The variables the SMS text uses, as the JSON text the gateway's {@code templateParam} takes. */
	private static String templateParam(TemplateText text, Map<String, String> values) {
		Map<String, String> used = new LinkedHashMap<>();
		for (String name : text.variables()) {
			used.put(name, values.getOrDefault(name, ""));
		}
		try {
			return JSON.writeValueAsString(used);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write SMS parameters", ex);
		}
	}

	private static String readable(Instant instant) {
		return READABLE.format(ChinaTime.of(instant));
	}

	/** Readable when short enough, else a digest of it (the column and the gateway's outId have limits). */
	private static String key(String natural) {
		if (natural.length() <= MAX_KEY_LENGTH) {
			return natural;
		}
		return "sha256:" + Sha256.hex(natural);
	}

}
