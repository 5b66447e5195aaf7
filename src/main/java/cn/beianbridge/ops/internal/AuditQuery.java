package cn.beianbridge.ops.internal;

import java.time.Instant;

/** Filters of the audit log; null means any. {@code beforeId} pages back from the newest. */
record AuditQuery(String actor, String action, String target, Instant from, Instant to, Long beforeId) {

	static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
