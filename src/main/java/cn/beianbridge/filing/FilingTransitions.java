package cn.beianbridge.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.EventOutbox;
import cn.beianbridge.filing.internal.FilingNumbers;
import cn.beianbridge.filing.internal.FilingWriter;
import cn.beianbridge.shared.ChinaTime;

/**
 * Moves stored filings along their states for the other modules. Each move writes its history row, and
 * the console's event where the console must hear of it, in the caller's transaction.
 */
@Service
public class FilingTransitions {

	private static final Logger log = LoggerFactory.getLogger(FilingTransitions.class);

	private static final String BUREAU = "bureau";

	private final FilingWriter writer;

	private final EventOutbox outbox;

	private final Filings filings;

	private final Clock clock;

	private final FilingNumbers numbers;

	FilingTransitions(FilingWriter writer, EventOutbox outbox, Filings filings, FilingNumbers numbers, Clock clock) {
		this.writer = writer;
		this.numbers = numbers;
		this.outbox = outbox;
		this.filings = filings;
		this.clock = clock;
	}

	/** Packed into an upload file: no longer waiting, not yet with the bureau. */
	@Transactional
	public void batched(Collection<Long> ids, String actor, String cause) {
		Instant now = clock.instant();
		ids.forEach(id -> writer.transition(id, FilingState.RECEIVED, FilingState.BATCHED, now, actor, cause, "NONE",
				List.of()));
	}

	/** The bureau received the file holding these filings; each gets its SUBMITTED event. */
	@Transactional
	public void submitted(Collection<Long> ids, String actor, String cause) {
		Instant now = clock.instant();
		for (long id : ids) {
			writer.transition(id, FilingState.BATCHED, FilingState.SUBMITTED, now, actor, cause, "NONE", List.of());
			FilingSummary filing = filings.find(id).orElseThrow();
			outbox.submitted(id, filing.consoleFilingId(), filing.province(), filing.submissionDeadline(), now);
			log.info("Submitted filing {} to province {}, deadline {} ({})", filing.consoleFilingId(), filing.province(),
					ChinaTime.format(filing.submissionDeadline()),
					now.isAfter(filing.submissionDeadline()) ? "MISSED" : "met");
		}
	}

	/** Held for a readable reason (a rule, or a file that could not be built); the console is told. */
	@Transactional
	public void held(long id, FilingState from, List<Reason> reasons, String actor, String cause) {
		Instant now = clock.instant();
		writer.transition(id, from, FilingState.HELD, now, actor, cause, "HOLD", reasons);
		FilingSummary filing = filings.find(id).orElseThrow();
		outbox.held(id, filing.consoleFilingId(), filing.province(), filing.submissionDeadline(), reasons, now);
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
		Map<String, String> byConsoleId = new LinkedHashMap<>();
		for (FiledNumbers.WebsiteNumber website : before.websites()) {
			String icpNumber = websiteIcpNumbers.get(website.websiteId());
			if (icpNumber == null) {
				throw new IllegalArgumentException("No ICP number for website " + website.websiteId() + " ("
						+ website.consoleWebsiteId() + ") of filing " + filing.consoleFilingId());
			}
			numbers.websiteFiled(province, website.websiteId(), null, icpNumber);
			byConsoleId.put(website.consoleWebsiteId(), icpNumber);
		}
		numbers.entityFiled(province, filingId, null, entityIcpNumber);
		writer.decided(filingId, province, FilingState.APPROVED, now, actor, cause, "NONE", List.of());
		outbox.approved(filingId, filing.consoleFilingId(), filing.province(), entityIcpNumber, byConsoleId, now);
		log.info("Approved filing {} in province {}: {} {}", filing.consoleFilingId(), filing.province(),
				entityIcpNumber, byConsoleId);
	}

	/** The bureau's reviewers rejected the filing (BAJG 1002); their opinions are the reasons. */
	@Transactional
	public void rejected(long filingId, String province, List<Reason> opinions, String reviewer, LocalDate reviewedOn) {
		Instant now = clock.instant();
		writer.decided(filingId, province, FilingState.REJECTED, now, BUREAU, "bureau result 1002", "REJECT", opinions);
		FilingSummary filing = filings.find(filingId).orElseThrow();
		outbox.rejected(filingId, filing.consoleFilingId(), filing.province(), opinions, reviewer, reviewedOn, now);
		log.info("Rejected filing {} in province {} by {}: {}", filing.consoleFilingId(), filing.province(), reviewer,
				readable(opinions));
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
				"REFUSE", codes);
		FilingSummary filing = filings.find(filingId).orElseThrow();
		outbox.refused(filingId, filing.consoleFilingId(), filing.province(), codes, now);
		log.info("Refused filing {} in province {}: {}", filing.consoleFilingId(), filing.province(), readable(codes));
	}

	/** Reasons as an operator reads them in a log line: {@code 1005 域名已备案; 1020 网站名称冲突}. */
	private static String readable(List<Reason> reasons) {
		return reasons.stream().map(r -> r.code() == null ? r.text() : r.code() + " " + r.text())
			.collect(Collectors.joining("; "));
	}

}
