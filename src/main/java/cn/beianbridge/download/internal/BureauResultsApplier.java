package cn.beianbridge.download.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.Reason;

/**
 * A BAJG file: each result decides one SUBMITTED filing. 1001 approves it with the numbers an earlier BASJ file
 * brought, 1002 rejects it with the reviewers' opinions, 10xx and 5xxx refuse it. A result for a filing already
 * decided changes nothing; one we cannot pin on a filing is quarantined.
 */
@Component
class BureauResultsApplier {

	private static final Logger log = LoggerFactory.getLogger(BureauResultsApplier.class);

	private static final int APPROVED = 1001;

	private static final int REJECTED = 1002;

	private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final Filings filings;

	private final BureauNumbers numbers;

	private final FilingTransitions transitions;

	private final ResultQuarantine quarantine;

	BureauResultsApplier(Filings filings, BureauNumbers numbers, FilingTransitions transitions,
			ResultQuarantine quarantine) {
		this.filings = filings;
		this.numbers = numbers;
		this.transitions = transitions;
		this.quarantine = quarantine;
	}

	void apply(StoredDownload file, BureauResults results) {
		for (Result result : results.results()) {
			apply(file, result);
		}
	}

	private void apply(StoredDownload file, Result result) {
		String code = String.valueOf(result.code());
		Optional<FilingSummary> found = filingNamedBy(result);
		if (found.isEmpty()) {
			quarantine.put(file, result.identifier(), code, "Result %s for %s %s: no SUBMITTED filing of ours"
				.formatted(code, operationName(result.operation()), result.identifier()));
			return;
		}
		FilingSummary filing = found.get();
		if (filing.state().isDecided()) {
			log.info("Result {} for filing {} ignored: it is already {}", code, filing.consoleFilingId(), filing.state());
			return;
		}
		if (filing.state() != FilingState.SUBMITTED) {
			quarantine.put(file, result.identifier(), code, "Result %s for filing %s, which is %s, not SUBMITTED"
				.formatted(code, filing.consoleFilingId(), filing.state()));
			return;
		}
		int resultCode = result.code();
		if (resultCode == APPROVED) {
			approve(file, result, filing);
		}
		else if (resultCode == REJECTED) {
			reject(result, filing);
		}
		else if (isRefusal(resultCode)) {
			transitions.refused(filing.id(), result.codes().stream()
				.map(c -> Reason.of(String.valueOf(c.code()), null,
						c.text() == null || c.text().isBlank() ? "bureau result code " + c.code() : c.text()))
				.toList());
		}
		else {
			quarantine.put(file, result.identifier(), code, ("Result code %s for filing %s is none the protocol lists "
					+ "(1001, 1002, 1003–1068, 5xxx)").formatted(code, filing.consoleFilingId()));
		}
	}

	private void approve(StoredDownload file, Result result, FilingSummary filing) {
		FiledNumbers filed = numbers.of(filing.id()).orElseThrow();
		if (!filed.complete()) {
			quarantine.put(file, result.identifier(), String.valueOf(APPROVED),
					"Approval (1001) for filing %s, but the bureau sent no ICP numbers (BASJ) for it yet: entity %s, "
						.formatted(filing.consoleFilingId(), filed.entityIcpNumber()) + "websites " + filed.websites());
			return;
		}
		transitions.approved(filing.id(), filed.entityIcpNumber(), filed.websiteIcpNumbers(), "bureau",
				"bureau result 1001 in " + file.fileName());
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
		transitions.rejected(filing.id(), reasons, reviewer, reviewedOn);
	}

	private Optional<FilingSummary> filingNamedBy(Result result) {
		String identifier = result.identifier() == null ? "" : result.identifier().trim();
		Optional<Long> id = switch (result.operation()) {
			case 1 -> ourId(identifier);
			case 2 -> numbers.submittedNewWebsite(identifier);
			case 3 -> numbers.submittedNewAccess(identifier);
			// changes and cancellations are not filed through the bridge yet
			default -> Optional.empty();
		};
		return id.flatMap(filings::find);
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
			default -> "operation Czlx=" + czlx + ", not filed through the bridge, identifier";
		};
	}

}
