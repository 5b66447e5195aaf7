package cn.beianbridge.download.internal;

import java.time.Instant;

/** A stored and applied file whose acknowledgement the bureau was never heard to take. */
record UnacknowledgedFile(long id, String fileName, Instant appliedAt) {
}
