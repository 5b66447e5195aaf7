package cn.beianbridge.download.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.download.DownloadSettings;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.AwaitingApproval;
import cn.beianbridge.filing.BureauCancellations;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.CustomerRequests;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.OperatorAlert;

/**
 * A BAJG section: each result decides one SUBMITTED filing of the file's province. 1001 approves it with the numbers a BASJ brought, or,
 * when they have not all come yet, parks the approval until they do ({@link ApprovalsAwaitingNumbers}); 1002
 * rejects it with the reviewers' opinions; 10xx and 5xxx refuse it. A result for a filing already decided changes
 * nothing; one for a filing still BATCHED (its upload's outcome unknown after a crash) waits, its file applied again
 * on a later run, until the submission's reconciliation records the upload. A change or cancellation ({@code Czlx}
 * 4–7) is found by {@link CustomerRequests} (bureau id, ICP number, or {@code Gjsh/Jlid}), which applies its approval.
 * One we cannot pin on a filing, one naming a filing of another province (a misconfigured endpoint must not
 * decide other provinces' filings), or one that contradicts an approval already parked, is quarantined. Each
 * result is applied apart ({@link ResultIsolation}): one that throws is quarantined and the others are applied.
 */
@Component
class BureauResultsApplier {

	private static final Logger log = LoggerFactory.getLogger(BureauResultsApplier.class);

	static final int APPROVED = 1001;

	private static final int REJECTED = 1002;

	private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final Filings filings;

	private final BureauNumbers numbers;

	private final FilingTransitions transitions;

	private final ApprovalsAwaitingNumbers awaiting;

	private final ResultQuarantine quarantine;

	private final ResultIsolation isolation;

	private final DownloadSettings settings;

	private final Clock clock;

	private final CustomerRequests requests;

	private final ApplicationEventPublisher events;

	BureauResultsApplier(Filings filings, BureauNumbers numbers, FilingTransitions transitions,
			ApprovalsAwaitingNumbers awaiting, ResultQuarantine quarantine, ResultIsolation isolation,
			DownloadSettings settings, Clock clock, CustomerRequests requests, ApplicationEventPublisher events) {
		this.requests = requests;
		this.events = events;
		this.filings = filings;
		this.numbers = numbers;
		this.transitions = transitions;
		this.awaiting = awaiting;
		this.quarantine = quarantine;
		this.isolation = isolation;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the consoleFilingIds of the filings whose result must wait: still BATCHED (a node died after the
	 * bureau took their upload, before recording it), they are decided once the submission's reconciliation has
	 * recorded the upload; the file is applied again on a later run for them
	 */
	List<String> apply(StoredDownload file, BureauResults results) {
		for (String unreadable : results.unreadable()) {
			quarantine.put(file, null, null, "Unreadable result in file " + file.fileName() + ": " + unreadable);
		}
		List<String> waiting = new ArrayList<>();
		for (Result result : results.results()) {
			String code = String.valueOf(result.code());
			isolation.apply(file, result.identifier(), code, "result %s for %s %s".formatted(code,
					operationName(result.operation()), result.identifier()), () -> apply(file, result, waiting));
		}
		if (!results.unassignedOpinions().isEmpty()) {
			log.warn("Province {} file {}: {} review opinion(s) name no result of the file (kept in the file): {}",
					file.province(), file.fileName(), results.unassignedOpinions().size(), results.unassignedOpinions());
		}
		return waiting;
	}

	private void apply(StoredDownload file, Result result, List<String> waiting) {
		String code = String.valueOf(result.code());
		if (result.identifier() == null && recordIds(result).isEmpty()) {
			quarantine.put(file, null, code, "Result %s for %s without an identifier (Bs): it names no filing"
				.formatted(code, operationName(result.operation())));
			return;
		}
		Optional<FilingSummary> found = filingNamedBy(file.province(), result);
		if (found.isEmpty()) {
			quarantine.put(file, result.identifier(), code, "Result %s for %s %s: no SUBMITTED filing of ours"
				.formatted(code, operationName(result.operation()), result.identifier()));
			return;
		}
		FilingSummary filing = found.get();
		if (!filing.province().equals(file.province())) {
			quarantine.put(file, result.identifier(), code, ("Result %s for filing %s, which is filed with province %s, "
					+ "not %s: a bureau decides only its own province's filings").formatted(code,
							filing.consoleFilingId(), filing.province(), file.province()));
			return;
		}
		if (filing.state().isDecided()) {
			log.info("Result {} for filing {} ignored: it is already {}", code, filing.consoleFilingId(), filing.state());
			return;
		}
		if (filing.state() == FilingState.BATCHED) {
			waiting.add(filing.consoleFilingId());
			return;
		}
		if (filing.state() != FilingState.SUBMITTED) {
			quarantine.put(file, result.identifier(), code, "Result %s for filing %s, which is %s, not SUBMITTED"
				.formatted(code, filing.consoleFilingId(), filing.state()));
			return;
		}
		Optional<AwaitingApproval> parked = awaiting.find(filing.id());
		if (parked.isPresent()) {
			alreadyApproved(file, result, filing, parked.get());
			return;
		}
		decide(file, result, filing);
	}

	/** Whether a result with this code decides a filing at all (approves, rejects or refuses it). */
	static boolean decides(int code) {
		return code == APPROVED || code == REJECTED || isRefusal(code);
	}

	/**
	 * Applies a result to a SUBMITTED filing of the file's province whose approval is not parked: as the download
	 * does, or for the filing an operator names for a quarantined result.
	 */
	void decide(StoredDownload file, Result result, FilingSummary filing) {
		String code = String.valueOf(result.code());
		int resultCode = result.code();
		if (resultCode == APPROVED && (filing.filingType() == FilingType.CHANGE
				|| filing.filingType() == FilingType.CANCEL)) {
			requests.approved(filing, "bureau result 1001 in " + file.fileName())
				.ifPresent(cancelled -> cutOff(file, filing, cancelled));
		}
		else if (resultCode == APPROVED) {
			approve(file, filing);
		}
		else if (resultCode == REJECTED) {
			reject(result, filing);
		}
		else if (isRefusal(resultCode)) {
			transitions.refused(filing.id(), filing.province(), result.codes().stream()
				.map(c -> Reason.of(String.valueOf(c.code()), null,
						c.text() == null || c.text().isBlank() ? "bureau result code " + c.code() : c.text()))
				.toList());
		}
		else {
			quarantine.put(file, result.identifier(), code, ("Result code %s for filing %s is none the protocol lists "
					+ "(1001, 1002, 1003–1068, 5xxx)").formatted(code, filing.consoleFilingId()));
		}
	}

	private void approve(StoredDownload file, FilingSummary filing) {
		FiledNumbers filed = numbers.of(filing.id()).orElseThrow();
		if (filed.complete()) {
			transitions.approved(filing.id(), filing.province(), filed.entityIcpNumber(), filed.websiteIcpNumbers(),
					"bureau", "bureau result 1001 in " + file.fileName());
			return;
		}
		awaiting.park(filing.id(), filing.province(), file.fileName(), clock.instant().plus(settings.numbersWait()));
		log.info("Filing {} approved by province {} (1001 in {}) before its ICP numbers came (BASJ): it waits for them; "
				+ "the bureau is asked for them after {}", filing.consoleFilingId(), filing.province(), file.fileName(),
				NumbersInquiry.readable(settings.numbersWait()));
	}

	// the provider must stop serving what the customer cancelled, as after a bureau's own cancellation
	private void cutOff(StoredDownload file, FilingSummary cancel, BureauCancellations.Outcome cancelled) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("province", file.province());
		variables.put("fileName", file.fileName());
		variables.put("consoleFilingId", cancel.consoleFilingId());
		variables.put("cancelledWhat", requests.cancelledWhat(cancel.id()));
		variables.put("filings", listed(cancelled.consoleFilingIds(), "、"));
		variables.put("retiredIcpNumbers", listed(cancelled.retiredIcpNumbers(), "、"));
		variables.put("domains", listed(cancelled.domains(), "\n"));
		variables.put("closed", listed(cancelled.closed(), "、"));
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.CUSTOMER_CANCELLATION,
				file.province() + ":" + cancel.consoleFilingId(), variables));
	}

	private static String listed(List<String> values, String separator) {
		return values.isEmpty() ? "—" : String.join(separator, values);
	}

	// The same approval again (a repeated file) is no news; another decision on an approved filing needs a person.
	private void alreadyApproved(StoredDownload file, Result result, FilingSummary filing, AwaitingApproval parked) {
		if (result.code() == APPROVED) {
			log.info("Result 1001 for filing {} ignored: its approval (in {}) already waits for its ICP numbers",
					filing.consoleFilingId(), parked.fileName());
			return;
		}
		quarantine.put(file, result.identifier(), String.valueOf(result.code()), ("Result %s for filing %s, which the "
				+ "bureau approved in %s (waiting for its ICP numbers): the approval stands")
			.formatted(result.code(), filing.consoleFilingId(), parked.fileName()));
	}

	private void reject(Result result, FilingSummary filing) {
		List<ReviewOpinion> opinions = result.opinions();
		List<Reason> reasons = opinions.isEmpty()
				? List.of(Reason.of(String.valueOf(REJECTED), null, textOf(result)))
				: opinions.stream().map(o -> Reason.of(null, null, o.opinion())).toList();
		String reviewer = opinions.stream().map(ReviewOpinion::reviewer).filter(Objects::nonNull).findFirst()
			.orElse(null);
		LocalDate reviewedOn = opinions.stream().map(o -> dateOf(o.date())).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		transitions.rejected(filing.id(), filing.province(), reasons, reviewer, reviewedOn);
	}

	private Optional<FilingSummary> filingNamedBy(String province, Result result) {
		if (CustomerRequests.decidesARequest(result.operation())) {
			return requests.named(province, result.operation(), result.identifier(), recordIds(result))
				.flatMap(filings::find);
		}
		if (result.identifier() == null) {
			return Optional.empty();
		}
		String identifier = result.identifier().trim();
		Optional<Long> id = switch (result.operation()) {
			case 1 -> ourId(identifier);
			case 2 -> numbers.submittedNewWebsite(province, identifier);
			case 3 -> numbers.submittedNewAccess(province, identifier);
			default -> Optional.empty();
		};
		return id.flatMap(filings::find);
	}

	/** {@code Gjsh/Jlid}: the bureau id of the object a change or cancellation was about. */
	private static List<String> recordIds(Result result) {
		return result.opinions().stream().map(ReviewOpinion::recordId).filter(Objects::nonNull).toList();
	}

	private static Optional<Long> ourId(String identifier) {
		try {
			return Optional.of(Long.parseLong(identifier));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isRefusal(int code) {
		return (code > REJECTED && code < 2000) || (code >= 5000 && code < 6000);
	}

	private static String textOf(Result result) {
		String text = result.codes().get(0).text();
		return text == null || text.isBlank() ? "rejected by the bureau (1002)" : text;
	}

	/** {@code Shsj} as the bureau writes it: {@code 2026-11-28 10:00:00}, {@code 2026-11-28} or {@code 20261128}. */
	static LocalDate dateOf(String shsj) {
		if (shsj == null || shsj.isBlank()) {
			return null;
		}
		String text = shsj.trim();
		try {
			return text.length() >= 10 && text.charAt(4) == '-' ? LocalDate.parse(text.substring(0, 10))
					: LocalDate.parse(text.substring(0, Math.min(8, text.length())), COMPACT_DATE);
		}
		catch (DateTimeParseException | StringIndexOutOfBoundsException ex) {
			return null;
		}
	}

	private static String operationName(int czlx) {
		return switch (czlx) {
			case 1 -> "first filing (IspZtid)";
			case 2 -> "new website of entity";
			case 3 -> "new access of website";
			case 4 -> "change of entity (Ztid or ICP number)";
			case 5 -> "cancellation of access (Jrid or ICP number)";
			case 6 -> "cancellation of entity (Ztid or ICP number)";
			case 7 -> "cancellation of website (Wzid or ICP number)";
			default -> "operation Czlx=" + czlx + ", not filed through the bridge, identifier";
		};
	}

}
