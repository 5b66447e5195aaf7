package cn.beianbridge.ops.internal;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingSearch;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HeldFilings;

/**
 * "Re-check every HELD filing matching" the filings page's filters against today's province rules, as one re-check
 * does ({@link FilingOperations#recheck}): passing, it goes back to RECEIVED; otherwise it stays HELD with today's
 * reasons. The filing's history names who started the run.
 */
@Component
class RecheckHeldFilings extends FilingBulkAction {

	private final HeldFilings held;

	RecheckHeldFilings(FilingSearch search, Filings filings, HeldFilings held) {
		super(search, filings);
		this.held = held;
	}

	@Override
	public String name() {
		return "filings.recheck";
	}

	@Override
	public String describe() {
		return "Re-check against today's rules every HELD filing matching";
	}

	/** HELD, whatever state the page showed. */
	@Override
	FilingFilter filter(BulkQuery query) {
		return FilingFilter.of(asListed(query));
	}

	@Override
	BulkQuery asListed(BulkQuery query) {
		return query.with("state", FilingState.HELD.name());
	}

	@Override
	public BulkItemOutcome apply(String target, BulkRun run) {
		FilingSummary filing = filing(target).orElse(null);
		if (filing == null) {
			return BulkItemOutcome.skipped("gone");
		}
		// checked first: HeldFilings refuses by throwing, which would roll back the whole chunk
		if (filing.state() != FilingState.HELD) {
			return BulkItemOutcome.skipped("not HELD any more: " + filing.state());
		}
		return BulkItemOutcome.done(FilingOperations.outcome(held.recheck(filing.id(), run.startedBy())));
	}

}
