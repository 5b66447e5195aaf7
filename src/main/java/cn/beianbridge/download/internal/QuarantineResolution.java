package cn.beianbridge.download.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.download.QuarantinedResult;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;

/**
 * Settles quarantined results for a person ({@link DatabaseQuarantinedResults} offers it as
 * {@link cn.beianbridge.download.QuarantinedResults}): the result is read again from the file it came in (the vault keeps it
 * until the purge) and applied by {@link BureauResultsApplier} to the filing the person names, under the same rules
 * as any result; or the row is dismissed.
 */
@Component
class QuarantineResolution {

	private static final Logger log = LoggerFactory.getLogger(QuarantineResolution.class);

	static final String ATTACHED = "ATTACHED";

	static final String DISMISSED = "DISMISSED";

	private final DownloadFileMapper mapper;

	private final BureauResultsApplier results;

	private final Filings filings;

	private final ApprovalsAwaitingNumbers awaiting;

	private final Clock clock;

	QuarantineResolution(DownloadFileMapper mapper, BureauResultsApplier results, Filings filings,
			ApprovalsAwaitingNumbers awaiting, Clock clock) {
		this.mapper = mapper;
		this.results = results;
		this.filings = filings;
		this.awaiting = awaiting;
		this.clock = clock;
	}

	List<QuarantinedResult> list(boolean openOnly, int limit) {
		return mapper.findQuarantined(openOnly, limit);
	}

	Optional<QuarantinedResult> find(long id) {
		return Optional.ofNullable(mapper.findQuarantinedById(id));
	}

	@Transactional
	String attach(long id, long filingId, String by, String reason) {
		QuarantinedResult row = open(id);
		if (!row.isResult()) {
			throw new IllegalStateException("Quarantined item " + id + " is not a single result with a code and an "
					+ "identifier (a whole file, a result naming nothing, or a bureau cancellation of an id we do not "
					+ "know): it can only be dismissed");
		}
		FilingSummary filing = filings.find(filingId)
			.orElseThrow(() -> new IllegalArgumentException("No filing with id " + filingId));
		if (!filing.province().equals(row.province())) {
			throw new IllegalStateException("Filing " + filing.consoleFilingId() + " is filed with province "
					+ filing.province() + ", the result came from province " + row.province());
		}
		if (filing.state() != FilingState.SUBMITTED) {
			throw new IllegalStateException("Filing " + filing.consoleFilingId() + " is " + filing.state()
					+ ": a bureau's result decides only a SUBMITTED filing");
		}
		if (awaiting.find(filingId).isPresent()) {
			throw new IllegalStateException("Filing " + filing.consoleFilingId() + " is approved already, waiting for "
					+ "its ICP numbers: the approval stands");
		}
		Long fileId = mapper.findId(row.province(), row.fileName());
		StoredDownload file = fileId == null ? null : mapper.lockById(fileId);
		if (file == null || file.content() == null) {
			throw new IllegalStateException("The file " + row.fileName() + " is no longer kept (purged): the result "
					+ "cannot be read again");
		}
		Result result = resultIn(file, row);
		if (!BureauResultsApplier.decides(result.code())) {
			throw new IllegalStateException("Result code " + row.code() + " is none the protocol lists: it decides "
					+ "nothing");
		}
		results.decide(file, result, filing);
		if (mapper.resolveQuarantine(id, clock.instant(), by, ATTACHED, reason, filingId) != 1) {
			throw new IllegalStateException("Quarantined item " + id + " was settled concurrently");
		}
		FilingState after = filings.find(filingId).orElseThrow().state();
		String outcome = "filing " + filing.consoleFilingId() + " is " + after
				+ (after == FilingState.SUBMITTED ? " (approved, waiting for its ICP numbers)" : "");
		log.info("Quarantined result {} of province {} file {} (code {}) applied by {} to filing {}: {}", id,
				row.province(), row.fileName(), row.code(), by, filing.consoleFilingId(), outcome);
		return outcome;
	}

	@Transactional
	void dismiss(long id, String by, String reason) {
		open(id);
		if (mapper.resolveQuarantine(id, clock.instant(), by, DISMISSED, reason, null) != 1) {
			throw new IllegalStateException("Quarantined item " + id + " was settled concurrently");
		}
	}

	private QuarantinedResult open(long id) {
		QuarantinedResult row = find(id)
			.orElseThrow(() -> new IllegalArgumentException("No quarantined result " + id));
		if (!row.open()) {
			throw new IllegalStateException("Quarantined item " + id + " was settled already (" + row.resolution()
					+ " by " + row.resolvedBy() + ")");
		}
		return row;
	}

	private static Result resultIn(StoredDownload file, QuarantinedResult row) {
		DownloadDocument document = ReadDocument.of(file.content()).document();
		if (document == null) {
			throw new IllegalStateException("The file " + row.fileName() + " cannot be read");
		}
		return document.bureauResults()
			.stream()
			.flatMap(section -> section.results().stream())
			.filter(r -> r.identifier() != null && r.identifier().trim().equals(row.identifier().trim())
					&& String.valueOf(r.code()).equals(row.code()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The file " + row.fileName() + " holds no result "
					+ row.code() + " for " + row.identifier()));
	}

}
