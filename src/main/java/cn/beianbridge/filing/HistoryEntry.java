package cn.beianbridge.filing;

import java.time.Instant;

/** One transition of a filing: append-only. */
public record HistoryEntry(FilingState fromState, FilingState toState, Instant occurredAt, String actor, String cause) {
}
