package cn.beianbridge.ops.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingPage;
import cn.beianbridge.filing.FilingSearch;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HeldFilings;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.shared.LogMasking;
import cn.beianbridge.submission.FilingUploads;

/**
 * Filings: search, detail (personal data masked), unmask (ADMIN, audited, shown once), and what can be done with a
 * held filing: re-check it against today's rules, or cancel it (ADMIN).
 */
@Service
public class FilingOperations {

	static final int PAGE_SIZE = 50;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FilingSearch search;

	private final Filings filings;

	private final HeldFilings held;

	private final FilingTransitions transitions;

	private final Notifications notifications;

	private final FilingUploads uploads;

	private final OpsAudit audit;

	FilingOperations(FilingSearch search, Filings filings, HeldFilings held, FilingTransitions transitions,
			Notifications notifications, FilingUploads uploads, OpsAudit audit) {
		this.search = search;
		this.filings = filings;
		this.held = held;
		this.transitions = transitions;
		this.notifications = notifications;
		this.uploads = uploads;
		this.audit = audit;
	}

	/**
	 * @param deadlineFrom a day ({@code 2026-12-01}, China time, from its start) or an ISO offset date-time
	 * @param deadlineTo likewise, up to the end of that day
	 */
	@PreAuthorize("hasRole('VIEWER')")
	public SearchResult search(String q, String province, String state, String deadlineFrom, String deadlineTo,
			Integer page) {
		FilingFilter filter = FilingFilter.of(q, province, state, deadlineFrom, deadlineTo);
		if (page != null && page < 0) {
			throw OpsProblem.badInput("page", "from 0");
		}
		FilingPage found = search.search(filter.page(page == null ? 0 : page, PAGE_SIZE));
		List<SearchRow> rows = found.filings()
			.stream()
			.map(f -> new SearchRow(f, f.state() == FilingState.HELD ? filings.currentHoldReasons(f.id()) : List.of()))
			.toList();
		return new SearchResult(rows, found.page(), found.size(), found.total(), found.hasNext());
	}

	@PreAuthorize("hasRole('VIEWER')")
	public FilingView filing(long id) {
		return view(known(id), false);
	}

	/**
	 * The filing with its personal data in full, for this answer only (never kept, never cached); the unmasking is
	 * audited with the person's reason.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public FilingView unmask(long id, String reason) {
		FilingSummary filing = known(id);
		String why = OpsProblem.requireReason(reason);
		FilingView view = view(filing, true);
		audit.record(Change.of("filing.unmask", target(filing), why,
				view.people() == null ? "nothing to show: personal data purged" : "personal data shown once"));
		return view;
	}

	/** Checks a HELD filing against today's province rules: RECEIVED when it passes, else HELD with today's reasons. */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public HeldFilings.Recheck recheck(long id, String reason) {
		FilingSummary filing = known(id);
		String why = OpsProblem.requireReason(reason);
		if (filing.state() != FilingState.HELD) {
			throw OpsProblem.refused("filing " + filing.consoleFilingId() + " is " + filing.state() + ", not HELD");
		}
		HeldFilings.Recheck recheck = held.recheck(id, actor());
		audit.record(Change.of("filing.recheck", target(filing), why, outcome(recheck))
			.states("HELD: " + codes(recheck.before()),
					recheck.state() == FilingState.RECEIVED ? "RECEIVED" : "HELD: " + codes(recheck.after())));
		return recheck;
	}

	/** Cancels a filing not yet with the bureau (HELD or RECEIVED); the console gets its CANCELLED event. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void cancel(long id, String reason) {
		FilingSummary filing = known(id);
		String why = OpsProblem.requireReason(reason);
		if (!cancellable(filing.state())) {
			throw OpsProblem.refused("filing " + filing.consoleFilingId() + " is " + filing.state()
					+ ": only a filing not yet with the bureau (HELD, RECEIVED) can be cancelled");
		}
		try {
			transitions.cancelled(id, filing.state(), actor(), cancelCause(why));
		}
		catch (IllegalStateException moved) {
			throw OpsProblem.refused("filing " + filing.consoleFilingId() + " moved on meanwhile; nothing cancelled");
		}
		audit.record(Change.of("filing.cancel", target(filing), why, "CANCELLED; the console gets a CANCELLED event")
			.states(filing.state().name(), FilingState.CANCELLED.name()));
	}

	private FilingSummary known(long id) {
		return filings.find(id).orElseThrow(() -> OpsProblem.notFound("no filing " + id));
	}

	private FilingView view(FilingSummary filing, boolean unmasked) {
		FilingDocument document;
		try {
			document = filings.document(filing.id()).orElse(null);
		}
		catch (RuntimeException purged) {
			// a decided filing past its retention: its personal columns are null
			document = null;
		}
		List<FilingView.PersonView> people = document == null ? null
				: document.entity() == null ? List.of() : people(document, unmasked); // a CANCEL names no entity
		List<FilingView.WebsiteView> websites = document == null ? List.of()
				: document.websites()
					.stream()
					.map(w -> new FilingView.WebsiteView(w.consoleWebsiteId(), w.name(), w.domains(), w.icpNumber()))
					.toList();
		FilingDocument.Entity entity = document == null ? null : document.entity();
		String entityName = entity == null ? null : entity.name();
		if (entityName != null && !unmasked && entity.nature() == FilingDocument.EntityNature.INDIVIDUAL) {
			entityName = PersonalDataMask.name(entityName);
		}
		return new FilingView(filing, unmasked, entityName,
				entity == null || entity.nature() == null ? null : entity.nature().name(), people, websites,
				filings.history(filing.id()), filings.currentHoldReasons(filing.id()), filings.reasons(filing.id()),
				uploads.forFiling(filing.id()), events(filing.consoleFilingId(), unmasked), notifications(filing.consoleFilingId(), unmasked));
	}

	private static List<FilingView.PersonView> people(FilingDocument document, boolean unmasked) {
		List<FilingView.PersonView> people = new ArrayList<>();
		FilingDocument.Entity entity = document.entity();
		if (entity.nature() == FilingDocument.EntityNature.INDIVIDUAL) {
			people.add(new FilingView.PersonView("entity", maskName(entity.name(), unmasked),
					entity.certificate().type().name(), maskId(entity.certificate().number(), unmasked), null, null));
		}
		people.add(person("entity's responsible person", entity.responsiblePerson(), unmasked));
		for (FilingDocument.Website website : document.websites()) {
			people.add(person("website " + website.consoleWebsiteId(), website.responsiblePerson(), unmasked));
		}
		if (document.emergencyContact() != null) {
			people.add(new FilingView.PersonView("emergency contact",
					maskName(document.emergencyContact().name(), unmasked), null, null,
					unmasked ? document.emergencyContact().mobile()
							: PersonalDataMask.mobile(document.emergencyContact().mobile()),
					null));
		}
		return people;
	}

	private static FilingView.PersonView person(String role, FilingDocument.Person person, boolean unmasked) {
		return new FilingView.PersonView(role, maskName(person.name(), unmasked), person.certificate().type().name(),
				maskId(person.certificate().number(), unmasked),
				unmasked ? person.mobile() : PersonalDataMask.mobile(person.mobile()),
				unmasked ? person.email() : PersonalDataMask.email(person.email()));
	}

	private static String maskName(String name, boolean unmasked) {
		return unmasked ? name : PersonalDataMask.name(name);
	}

	private static String maskId(String number, boolean unmasked) {
		return unmasked ? number : PersonalDataMask.idNumber(number);
	}

	private List<FilingView.EventView> events(String consoleFilingId, boolean unmasked) {
		List<FilingView.EventView> events = new ArrayList<>();
		for (String payload : filings.events(consoleFilingId)) {
			try {
				JsonNode json = JSON.readTree(payload);
				events.add(new FilingView.EventView(json.path("type").asText(),
						OffsetDateTime.parse(json.path("occurredAt").asText()).toInstant(),
						unmasked ? payload : LogMasking.masked(payload)));
			}
			catch (JsonProcessingException | DateTimeParseException ex) {
				events.add(new FilingView.EventView("?", null, "(unreadable: " + ex.getMessage() + ")"));
			}
		}
		return events;
	}

	private List<FilingView.NotificationView> notifications(String consoleFilingId, boolean unmasked) {
		return notifications.forFiling(consoleFilingId)
			.stream()
			.map(n -> new FilingView.NotificationView(n.id(), n.kind().name(), n.channel().name(),
					unmasked ? n.recipient() : masked(n.recipient()), n.status().name(), n.attempts(), n.createdAt(),
					n.sentAt(), n.lastError() == null || unmasked ? n.lastError() : LogMasking.masked(n.lastError())))
			.toList();
	}

	private static String masked(String recipient) {
		return recipient == null ? null
				: recipient.contains("@") ? PersonalDataMask.email(recipient) : PersonalDataMask.mobile(recipient);
	}

	/** Not yet with the bureau: HELD or RECEIVED. */
	static boolean cancellable(FilingState state) {
		return state == FilingState.HELD || state == FilingState.RECEIVED;
	}

	/** The filing's history says who cancelled it (the actor) and this. */
	static String cancelCause(String reason) {
		return "cancelled in the operations console: " + reason;
	}

	/** What a re-check did, as the audit and a bulk run's item say it. */
	static String outcome(HeldFilings.Recheck recheck) {
		return recheck.state() == FilingState.RECEIVED ? "passes today's rules: RECEIVED, in the queue"
				: recheck.changed() ? "still HELD, for " + recheck.after().size() + " reason(s) of today's rules"
						: "still HELD, for the same reason(s)";
	}

	static String target(FilingSummary filing) {
		return "filing:" + filing.id() + " (" + filing.consoleFilingId() + ")";
	}

	private static String codes(List<Reason> reasons) {
		return reasons.stream().map(Reason::ruleAndField).reduce((a, b) -> a + "; " + b).orElse("no reason");
	}

	private static String actor() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	/** A page of filings; a HELD one with why it is held. */
	public record SearchResult(List<SearchRow> rows, int page, int size, long total, boolean hasNext) {
	}

	public record SearchRow(FilingSummary filing, List<Reason> holdReasons) {
	}

}
