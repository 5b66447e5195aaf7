package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.submission.internal.ChangeAndCancelItems.Target;
import cn.beianbridge.submission.internal.OperationTargetMapper.TargetRow;

/**
 * One operation per object and kind with the bureau at a time: it refuses a second change of an entity under review
 * (1017) and a second cancellation of one entity, website or access (1027, 1030, 1032). A later one stays RECEIVED,
 * its deadline running, and says once in its history which filing it waits for; it goes in the first run after that
 * one is decided. Other filings are never held up by it.
 */
@Component
class OperationsInFlight {

	private static final Logger log = LoggerFactory.getLogger(OperationsInFlight.class);

	private final OperationTargetMapper targets;

	private final Filings filings;

	private final FilingTransitions transitions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OperationsInFlight(OperationTargetMapper targets, Filings filings, FilingTransitions transitions,
			TransactionTemplate transactions, Clock clock) {
		this.targets = targets;
		this.filings = filings;
		this.transitions = transitions;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Whether the filing may go now: no other filing with its target is BATCHED or SUBMITTED, nor going this run.
	 * Records the filing's target either way, so the ones after it find it.
	 *
	 * @param goingThisRun the targets of filings this run packs already, with their filing ids; this one's is added
	 * when it may go
	 */
	boolean mayGo(String province, long filingId, Target target, Map<Target, Long> goingThisRun) {
		remember(province, filingId, target);
		Optional<Long> before = Optional.ofNullable(goingThisRun.get(target));
		if (before.isEmpty()) {
			before = targets.others(filingId, target.operation(), target.bureauId()).stream()
				.filter(other -> filings.find(other).map(OperationsInFlight::inFlight).orElse(false))
				.findFirst();
		}
		if (before.isEmpty()) {
			goingThisRun.put(target, filingId);
			return true;
		}
		waits(province, filingId, before.get());
		return false;
	}

	private static boolean inFlight(FilingSummary filing) {
		return filing.state() == FilingState.BATCHED || filing.state() == FilingState.SUBMITTED;
	}

	private void remember(String province, long filingId, Target target) {
		if (targets.find(filingId) == null) {
			targets.insert(filingId, province, target.operation(), target.bureauId(), clock.instant());
		}
		else {
			targets.retarget(filingId, target.operation(), target.bureauId(), clock.instant());
		}
	}

	private void waits(String province, long filingId, long blocker) {
		TargetRow row = targets.find(filingId);
		if (row.waitsFor() != null && row.waitsFor() == blocker) {
			return; // told already
		}
		String blockerId = filings.find(blocker).map(FilingSummary::consoleFilingId).orElse(String.valueOf(blocker));
		transactions.executeWithoutResult(status -> {
			targets.waitsFor(filingId, blocker);
			transitions.noted(filingId, FilingState.RECEIVED, UploadBatches.ACTOR, "waits for " + blockerId
					+ " to be decided: the bureau takes one " + describe(row.operation()) + " of it at a time");
		});
		log.info("Province {}: filing {} waits for {} to be decided ({} of the same object)", province,
				filings.find(filingId).map(FilingSummary::consoleFilingId).orElse(String.valueOf(filingId)), blockerId,
				describe(row.operation()));
	}

	private static String describe(String operation) {
		return switch (operation) {
			case "CHANGE" -> "change";
			case "CANCEL_ENTITY" -> "entity cancellation";
			case "CANCEL_WEBSITE" -> "website cancellation";
			default -> "access cancellation";
		};
	}

}
