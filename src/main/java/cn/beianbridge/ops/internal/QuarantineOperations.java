package cn.beianbridge.ops.internal;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.download.QuarantinedResult;
import cn.beianbridge.download.QuarantinedResults;
import cn.beianbridge.ops.internal.OpsAudit.Change;

/** Quarantined results: listed; applied to the filing a person names (ADMIN), or dismissed with a reason. */
@Service
public class QuarantineOperations {

	static final int LIMIT = 200;

	private final QuarantinedResults quarantine;

	private final OpsAudit audit;

	QuarantineOperations(QuarantinedResults quarantine, OpsAudit audit) {
		this.quarantine = quarantine;
		this.audit = audit;
	}

	/** Newest first; {@code all}: the settled ones too. */
	@PreAuthorize("hasRole('VIEWER')")
	public List<QuarantinedResult> list(boolean all) {
		return quarantine.list(!all, LIMIT);
	}

	/** @return what became of the filing */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public String attach(long id, Long filingId, String reason) {
		QuarantinedResult row = known(id);
		String why = OpsProblem.requireReason(reason);
		if (filingId == null) {
			throw OpsProblem.badInput("filingId", "the id of the filing the result is for");
		}
		String outcome;
		try {
			outcome = quarantine.attach(id, filingId, actor(), why);
		}
		catch (IllegalArgumentException missing) {
			throw OpsProblem.notFound(missing.getMessage());
		}
		catch (IllegalStateException refused) {
			throw OpsProblem.refused(refused.getMessage());
		}
		audit.record(Change.of("quarantine.attach", target(row), why, "result " + row.code() + " applied: " + outcome)
			.parameters(Map.of("filingId", filingId))
			.states("quarantined: " + row.text(), "ATTACHED to filing " + filingId));
		return outcome;
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void dismiss(long id, String reason) {
		QuarantinedResult row = known(id);
		String why = OpsProblem.requireReason(reason);
		try {
			quarantine.dismiss(id, actor(), why);
		}
		catch (IllegalStateException refused) {
			throw OpsProblem.refused(refused.getMessage());
		}
		audit.record(Change.of("quarantine.dismiss", target(row), why, "dismissed")
			.states("quarantined: " + row.text(), "DISMISSED"));
	}

	private QuarantinedResult known(long id) {
		return quarantine.find(id).orElseThrow(() -> OpsProblem.notFound("no quarantined result " + id));
	}

	private static String target(QuarantinedResult row) {
		return "quarantine:" + row.id() + " (" + row.province() + " " + row.fileName() + ")";
	}

	private static String actor() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
