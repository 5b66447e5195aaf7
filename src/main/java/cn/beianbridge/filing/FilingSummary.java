package cn.beianbridge.filing;

import java.time.Instant;

/** A stored filing as operators and other modules see it at a glance. */
public record FilingSummary(long id, String consoleFilingId, FilingType filingType, String province,
		FilingState state, IntakeSource source, Instant photoApprovedAt, Instant submissionDeadline,
		boolean deadlineProvisional, Instant receivedAt) {
}
