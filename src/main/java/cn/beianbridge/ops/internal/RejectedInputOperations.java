package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.RejectedInput;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.filing.RejectedInputReview;
import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.shared.LogMasking;

/**
 * Inputs that broke the contract: listed with every error, re-checked against today's contract and rules, or
 * dismissed with a reason.
 */
@Service
public class RejectedInputOperations {

	static final int LIMIT = 200;

	private final RejectedInputReview rejected;

	private final OpsAudit audit;

	RejectedInputOperations(RejectedInputReview rejected, OpsAudit audit) {
		this.rejected = rejected;
		this.audit = audit;
	}

	/**
	 * Newest first; {@code all}: the settled ones too. An error may quote what the input held: ID numbers, mobiles and
	 * emails in it are masked.
	 */
	@PreAuthorize("hasRole('VIEWER')")
	public List<RejectedInput> list(boolean all) {
		return rejected.list(!all, LIMIT)
			.stream()
			.map(input -> new RejectedInput(input.id(), input.source(), input.sourceRef(), input.consoleFilingId(),
					input.receivedAt(),
					input.errors()
						.stream()
						.map(error -> Reason.of(error.code(), error.field(), LogMasking.masked(error.text())))
						.toList(),
					input.resolvedAt(), input.resolvedBy(), input.resolution()))
			.toList();
	}

	/**
	 * Runs the input through intake again: taken in (RECEIVED or HELD) when it now passes the contract, else
	 * unchanged with today's errors. Either way the re-check is audited; an input settled before is refused.
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public IntakeResult recheck(long id, String reason) {
		RejectedInput input = rejected.find(id).orElseThrow(() -> OpsProblem.notFound("no rejected input " + id));
		String why = OpsProblem.requireReason(reason);
		if (!input.open()) {
			throw OpsProblem.refused("rejected input " + id + " was settled already: " + input.resolution());
		}
		IntakeResult result;
		try {
			result = rejected.recheck(id, SecurityContextHolder.getContext().getAuthentication().getName());
		}
		catch (IllegalStateException refused) {
			throw OpsProblem.refused(refused.getMessage());
		}
		String outcome = result.outcome() == IntakeResult.Outcome.REJECTED
				? "still breaks the contract: " + result.reasons().size() + " error(s)"
				: result.outcome() + ": filing " + result.consoleFilingId() + " (" + result.state() + ")";
		audit.record(Change.of("rejected-input.recheck", "rejected-input:" + id, why, outcome)
			.states("rejected: " + input.errors().size() + " error(s)",
					result.outcome() == IntakeResult.Outcome.REJECTED ? "rejected" : "settled"));
		return result;
	}

	/** Settles an input nobody will take in; it stays until its retention. */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void dismiss(long id, String reason) {
		RejectedInput input = rejected.find(id).orElseThrow(() -> OpsProblem.notFound("no rejected input " + id));
		String why = OpsProblem.requireReason(reason);
		if (!input.open()) {
			throw OpsProblem.refused("rejected input " + id + " was settled already: " + input.resolution());
		}
		try {
			rejected.dismiss(id, SecurityContextHolder.getContext().getAuthentication().getName(), why);
		}
		catch (IllegalStateException refused) {
			throw OpsProblem.refused(refused.getMessage());
		}
		audit.record(Change.of("rejected-input.dismiss", "rejected-input:" + id, why, "dismissed")
			.states("rejected: " + input.errors().size() + " error(s)", "settled"));
	}

}
