package cn.beianbridge.sync.internal;

/**
 * An outbox event due for delivery: its row, its key, where it goes, its type (for the log), what is sent, how often
 * it failed.
 */
record PendingEvent(long id, String eventId, String consoleFilingId, String type, String payload, int attempts) {
}
