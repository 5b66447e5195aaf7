package cn.beianbridge.filing;

import java.time.Instant;

/**
 * A reason as the filing's history recorded it.
 *
 * @param kind {@code HOLD}, {@code REJECT}, {@code REFUSE} or {@code CANCEL}
 * @param at when the transition it explains happened
 */
public record RecordedReason(String kind, Instant at, Reason reason) {
}
