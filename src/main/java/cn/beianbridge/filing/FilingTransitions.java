package cn.beianbridge.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.EventOutbox;
import cn.beianbridge.filing.internal.FilingWriter;
import cn.beianbridge.shared.ChinaTime;

/**
 * Moves stored filings along their states for the other modules. Each move writes its history row, and
 * the console's event where the console must hear of it, in the caller's transaction.
 */
@Service
public class FilingTransitions {

	private static final Logger log = LoggerFactory.getLogger(FilingTransitions.class);

	private final FilingWriter writer;

	private final EventOutbox outbox;

	private final Filings filings;

	private final Clock clock;

	FilingTransitions(FilingWriter writer, EventOutbox outbox, Filings filings, Clock clock) {
		this.writer = writer;
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

}
