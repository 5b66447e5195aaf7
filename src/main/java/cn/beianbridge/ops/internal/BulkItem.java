package cn.beianbridge.ops.internal;

import java.time.Instant;

/** One target of a bulk run and what happened to it. */
public record BulkItem(long runId, int seq, String target, BulkItemOutcome.Status status, String detail, Instant doneAt) {
}
