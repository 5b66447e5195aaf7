package cn.beianbridge.ops.internal;

import java.time.Instant;

/**
 * One row of the audit log: who (and in which role) did what to which target, with which parameters and reason,
 * the dry run's count where there was one, the outcome, the target's state before and after, on which node, when.
 */
record AuditEntry(Long id, Instant at, String actor, String role, String action, String target, String parameters,
		String reason, Integer dryRunCount, String outcome, String stateBefore, String stateAfter, String node) {
}
