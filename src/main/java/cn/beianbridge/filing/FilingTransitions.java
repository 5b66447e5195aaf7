package cn.beianbridge.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.CancellationMapper;
import cn.beianbridge.filing.internal.EventOutbox;
import cn.beianbridge.filing.internal.FilingNumbers;
import cn.beianbridge.filing.internal.FilingWriter;
import cn.beianbridge.filing.internal.ReasonKind;
import cn.beianbridge.shared.ChinaTime;

/**
 * Moves stored filings along their states, for the other modules and for intake. Each move writes its history row,
 * and the {@link FilingEvent} where the console must hear of it, in the caller's transaction: the only place filing
 * events are raised.
 */
@Service
public class FilingTransitions {

	private static final Logger log = LoggerFactory.getLogger(FilingTransitions.class);

	private static final String BUREAU = "bureau";

	/** A file of up to this many filings names each in its log line; a bigger one counts them, naming the late. */
	private static final int NAMED_IN_LOG = 10;

	private final FilingWriter writer;

	private final EventOutbox outbox;

	private final Filings filings;

	private final Clock clock;

	private final FilingNumbers numbers;

	private final CancellationMapper cancellations;

	FilingTransitions(FilingWriter writer, EventOutbox outbox, Filings filings, FilingNumbers numbers,
			CancellationMapper cancellations, Clock clock) {
		this.writer = writer;
		this.cancellations = cancellations;
		this.numbers = numbers;
		this.outbox = outbox;
		this.filings = filings;
		this.clock = clock;
	}

	/**
	 * Packed into an upload file: no longer waiting, not yet with the bureau. All at once (one guarded update, one
	 * history insert): each must still be RECEIVED, or none moves.
	 */
	@Transactional
	public void batched(Collection<Long> ids, String actor, String cause) {
		writer.transitionAll(ids, FilingState.RECEIVED, FilingState.BATCHED, clock.instant(), actor, cause);
	}

	/**
	 * The bureau received the file holding these filings; each gets its SUBMITTED event. All at once (one guarded
	 * update, one history insert, one read of their summaries, one insert of their events in the given order): each
	 * must still be BATCHED, or none moves. One log line for them, naming those that missed their deadline.
	 */
	@Transactional
	public void submitted(Collection<Long> ids, String actor, String cause) {
		if (ids.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		writer.transitionAll(ids, FilingState.BATCHED, FilingState.SUBMITTED, now, actor, cause);
		Map<Long, FilingSummary> summaries = filings.find(ids);
		List<FilingSubmitted> events = new ArrayList<>();
		List<String> each = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		for (long id : new LinkedHashSet<>(ids)) {
			FilingSummary filing = summaries.get(id);
			events.add(new FilingSubmitted(nextEventId(), id, filing.consoleFilingId(), filing.province(), now,
					filing.submissionDeadline()));
			boolean late = now.isAfter(filing.submissionDeadline());
			String named = filing.consoleFilingId() + " (deadline " + ChinaTime.format(filing.submissionDeadline())
					+ ", " + (late ? "MISSED" : "met") + ")";
			each.add(named);
			if (late) {
				missed.add(named);
			}
		}
		outbox.appendAll(events);
		String province = summaries.values().stream().map(FilingSummary::province).distinct()
			.collect(Collectors.joining(", "));
		if (events.size() <= NAMED_IN_LOG) {
			log.info("Submitted {} filing(s) to province {}: {}", events.size(), province, String.join(", ", each));
		}
		else {
			log.info("Submitted {} filing(s) to province {}: {} met their deadline, {} MISSED it{}", events.size(),
					province, events.size() - missed.size(), missed.size(),
					missed.isEmpty() ? "" : ": " + String.join(", ", missed));
		}
	}

	/**
	 * Held for a readable reason (a province rule at intake, a file that could not be built); the console is
	 * told.
	 */
	@Transactional
	public void held(long id, FilingState from, List<Reason> reasons, String actor, String cause) {
		Instant now = clock.instant();
		writer.transition(id, from, FilingState.HELD, now, actor, cause, ReasonKind.HOLD, reasons);
		FilingSummary filing = filings.find(id).orElseThrow();
		outbox.append(new FilingHeld(nextEventId(), id, filing.consoleFilingId(), filing.province(), now,
				filing.submissionDeadline(), reasons));
	}

	/**
	 * Filings a page stored held already ({@link cn.beianbridge.filing.internal.PageWriter} wrote their move and
	 * reasons): the console hears of each as from {@link #held}, in one statement for the page.
	 */
	void heldAtIntake(List<FilingHeld> events) {
		outbox.appendAll(events);
	}

	/** The HELD event of a filing held at intake, as {@link #held} raises it. */
	static FilingHeld heldEvent(long id, FilingDocument doc, Instant deadline, Instant now, List<Reason> reasons) {
		return new FilingHeld(nextEventId(), id, doc.consoleFilingId(), doc.province(), now, deadline, reasons);
	}

	/**
	 * Something the filing's history should show that moves it nowhere (a check before sending that has to wait): a
	 * history row from its state to the same state. The console hears nothing; the filing's page shows it.
	 */
	@Transactional
	public void noted(long id, FilingState state, String actor, String cause) {
		writer.note(id, state, clock.instant(), actor, cause);
	}

	/** As {@link #noted(long, FilingState, String, String)} for many filings at once, each with its cause: one insert. */
	@Transactional
	public void notedAll(Map<Long, String> causes, FilingState state, String actor) {
		writer.notedAll(causes, state, clock.instant(), actor);
	}

	/**
	 * A held filing passes today's rules (re-checked after a rule change): back in the queue, RECEIVED. The console
	 * hears of it with the SUBMITTED that follows; its contract has no event for this.
	 */
	@Transactional
	public void released(long id, String actor, String cause) {
		writer.transition(id, FilingState.HELD, FilingState.RECEIVED, clock.instant(), actor, cause);
	}

	/**
	 * Cancelled by an operator before it went to the bureau (HELD or RECEIVED); the console gets its CANCELLED event.
	 */
	@Transactional
	public void cancelled(long id, FilingState from, String actor, String cause) {
		if (from != FilingState.HELD && from != FilingState.RECEIVED) {
			throw new IllegalArgumentException("Only a filing not yet with the bureau is cancelled, not a " + from + " one");
		}
		Instant now = clock.instant();
		writer.transition(id, from, FilingState.CANCELLED, now, actor, cause);
		cancellations.markCancelledBy(id, CancelledBy.OPERATOR);
		FilingSummary filing = filings.find(id).orElseThrow();
		outbox.append(FilingCancelled.byOperator(nextEventId(), id, filing.consoleFilingId(), filing.province(), now));
		log.info("Cancelled filing {} ({}) by {}", filing.consoleFilingId(), from, actor);
	}

	/**
	 * The bureau cancelled the filing's entity (ZXSJ, or a customer's cancel request it approved: {@code by}), or closed a
	 * request of it still open (RECEIVED, HELD, SUBMITTED): the filing is CANCELLED; or it cancelled websites or our
	 * access of an APPROVED filing that stays APPROVED ({@code to} == {@code from}). Either way a history row with the
	 * reasons and a CANCELLED event naming who asked for it.
	 */
	void cancelledAtBureau(long id, CancelledBy by, FilingState from, FilingState to, CancellationScope scope,
			List<String> retiredIcpNumbers, List<FilingApproved.Website> websites, String remark, List<Reason> reasons,
			String cause) {
		Instant now = clock.instant();
		if (from == to) {
			writer.noted(id, from, now, BUREAU, cause, ReasonKind.CANCEL, reasons);
		}
		else {
			writer.transition(id, from, to, now, BUREAU, cause, ReasonKind.CANCEL, reasons);
			cancellations.markCancelledBy(id, by);
		}
		FilingSummary filing = filings.find(id).orElseThrow();
		List<Reason> closed = from.isDecided() ? List.of() : reasons;
		outbox.append(new FilingCancelled(nextEventId(), id, filing.consoleFilingId(), filing.province(), now,
				by, scope, retiredIcpNumbers, websites, remark, closed));
	}

	/**
	 * Input that broke the contract was kept (no filing stored): the console hears of it as HELD with the errors,
	 * when the input says which filing it was in a form the console can recognise.
	 */
	void inputRejected(ContractCheck check) {
		if (check.consoleFilingId() != null && check.province() != null && check.consoleFilingId().length() <= 64
				&& check.province().matches("[0-9]{2}")) {
			outbox.append(new FilingHeld(nextEventId(), null, check.consoleFilingId(), check.province(),
					clock.instant(), null, check.errors()));
		}
	}

	/**
	 * The bureau approved the filing (BAJG 1001): SUBMITTED → APPROVED with its ICP numbers kept on the rows and
	 * sent to the console.
	 *
	 * @param province the deciding bureau's: only a SUBMITTED filing of that province is approved
	 * @param websiteIcpNumbers our website id (IspWzid) → its ICP number, for every website of the filing
	 */
	@Transactional
	public void approved(long filingId, String province, String entityIcpNumber, Map<Long, String> websiteIcpNumbers,
			String actor, String cause) {
		Instant now = clock.instant();
		FilingSummary filing = filings.find(filingId).orElseThrow();
		FiledNumbers before = numbers.of(filingId).orElseThrow();
		List<FilingApproved.Website> websites = new ArrayList<>();
		for (FiledNumbers.WebsiteNumber website : before.websites()) {
			String icpNumber = websiteIcpNumbers.get(website.websiteId());
			if (icpNumber == null) {
				throw new IllegalArgumentException("No ICP number for website " + website.websiteId() + " ("
						+ website.consoleWebsiteId() + ") of filing " + filing.consoleFilingId());
			}
			numbers.websiteFiled(province, website.websiteId(), null, icpNumber);
			websites.add(new FilingApproved.Website(website.consoleWebsiteId(), icpNumber));
		}
		numbers.entityFiled(province, filingId, null, entityIcpNumber);
		writer.decided(filingId, province, FilingState.APPROVED, now, actor, cause, null, List.of());
		outbox.append(new FilingApproved(nextEventId(), filingId, filing.consoleFilingId(), filing.province(), now,
				entityIcpNumber, websites));
		if (entityIcpNumber == null && websites.isEmpty()) {
			// a granted cancellation has no number of its own: what it took away is logged where it is marked
			log.info("Approved filing {} in province {}", filing.consoleFilingId(), filing.province());
			return;
		}
		log.info("Approved filing {} in province {}: {} {}", filing.consoleFilingId(), filing.province(),
				entityIcpNumber, websites.stream().collect(Collectors.toMap(FilingApproved.Website::consoleWebsiteId,
						FilingApproved.Website::icpNumber, (a, b) -> a, LinkedHashMap::new)));
	}

	/** The bureau's reviewers rejected the filing (BAJG 1002); their opinions are the reasons. */
	@Transactional
	public void rejected(long filingId, String province, List<Reason> opinions, String reviewer, LocalDate reviewedOn) {
		Instant now = clock.instant();
		writer.decided(filingId, province, FilingState.REJECTED, now, BUREAU, "bureau result 1002", ReasonKind.REJECT,
				opinions);
		FilingSummary filing = filings.find(filingId).orElseThrow();
		outbox.append(new FilingRejected(nextEventId(), filingId, filing.consoleFilingId(), filing.province(), now,
				opinions, reviewer, reviewedOn));
		// the count, not the opinions or the reviewer: they quote the filing and name a person (kept with the filing)
		log.info("Rejected filing {} in province {} (1002): {} review opinion(s)", filing.consoleFilingId(),
				filing.province(), opinions.size());
	}

	/** The bureau refused the filing's data (BAJG 10xx, 5xxx). */
	@Transactional
	public void refused(long filingId, String province, String code, String text) {
		refused(filingId, province, List.of(Reason.of(code, null, text)));
	}

	/** The bureau refused the filing's data, with every code it gave (each a reason with its code). */
	@Transactional
	public void refused(long filingId, String province, List<Reason> codes) {
		Instant now = clock.instant();
		writer.decided(filingId, province, FilingState.REFUSED, now, BUREAU, "bureau result " + codes.get(0).code(),
				ReasonKind.REFUSE, codes);
		FilingSummary filing = filings.find(filingId).orElseThrow();
		outbox.append(new FilingRefused(nextEventId(), filingId, filing.consoleFilingId(), filing.province(), now,
				codes));
		log.info("Refused filing {} in province {}: {}", filing.consoleFilingId(), filing.province(), readable(codes));
	}

	/** A submitted filing was just flagged past its province's review limit (in the flag's transaction). */
	void flaggedOverdue(ReviewOverdue.UnderReview filing, Instant now) {
		outbox.append(new FilingFlaggedOverdue(nextEventId(), filing.id(), filing.consoleFilingId(), filing.province(),
				now));
	}

	private static String nextEventId() {
		return UUID.randomUUID().toString();
	}

	/** Reasons as an operator reads them in a log line: {@code 1005 域名已备案; 1020 网站名称冲突}. */
	// Codes and fields, not the bureau's texts: they may quote the filing; the whole reasons stay with the filing and
	// go to the console.
	private static String readable(List<Reason> reasons) {
		return reasons.stream().map(Reason::ruleAndField).collect(Collectors.joining("; "));
	}

}
