package cn.beianbridge.scheduling.internal;

import java.time.Instant;

/** A row of {@code cluster_node}: one incarnation of a node. */
record NodeRow(String incarnation, String name, Instant startedAt, Instant heartbeatAt, Instant stoppedAt,
		String stopReason, Instant takenOverAt) {

	static final String STOPPED = "stopped";

	static final String RESTARTED = "restarted";

	static final String SILENT = "silent";

}
