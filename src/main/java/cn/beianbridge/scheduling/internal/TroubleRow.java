package cn.beianbridge.scheduling.internal;

import java.time.Instant;

/** A row of {@code province_trouble}: a province job failing for a province, since when, how often, and why. */
record TroubleRow(String job, String province, String cause, String causeKey, Instant since, int failures,
		Instant lastFailureAt, Instant reportedAt, Instant alertedAt) {
}
