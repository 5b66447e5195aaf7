package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingSearch;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;

/**
 * "Cancel every filing matching" the filings page's filters, in a state not yet with the bureau (HELD or RECEIVED,
 * which the query must name), as one cancel does ({@link FilingOperations#cancel}), with the run's reason: each
 * becomes CANCELLED and the console gets its CANCELLED event.
 */
@Component
class CancelFilings extends FilingBulkAction {

	private final FilingTransitions transitions;

	CancelFilings(FilingSearch search, Filings filings, FilingTransitions transitions) {
		super(search, filings);
		this.transitions = transitions;
	}

	@Override
	public String name() {
		return "filings.cancel";
	}

	@Override
	public String describe() {
		return "Cancel (no longer to go to the bureau) every filing matching";
	}

	@Override
	FilingFilter filter(BulkQuery query) {
		FilingFilter filter = FilingFilter.of(query);
		if (filter.state() == null || !FilingOperations.cancellable(filter.state())) {
			throw OpsProblem.badInput("state", "one of " + List.of(FilingState.HELD, FilingState.RECEIVED)
					+ ": only a filing not yet with the bureau can be cancelled");
		}
		return filter;
	}

	@Override
	public BulkItemOutcome apply(String target, BulkRun run) {
		FilingSummary filing = filing(target).orElse(null);
		if (filing == null) {
			return BulkItemOutcome.skipped("gone");
		}
		// checked first: FilingTransitions refuses by throwing, which would roll back the whole chunk
		if (!FilingOperations.cancellable(filing.state())) {
			return BulkItemOutcome.skipped(filing.state() + " now: no longer cancellable");
		}
		transitions.cancelled(filing.id(), filing.state(), run.startedBy(),
				FilingOperations.cancelCause("bulk run " + run.id() + ": " + run.reason()));
		return BulkItemOutcome.done(filing.state() + " → CANCELLED; the console gets a CANCELLED event");
	}

}
