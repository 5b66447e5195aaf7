package cn.beianbridge.sync.internal;

/**
 * An outbox event claimed for delivery: its row, its key, where it goes, what is sent, how often it failed,
 * and the run that holds its claim (only that run sends it and records the answer).
 */
record PendingEvent(long id, String eventId, String consoleFilingId, String payload, int attempts, String claimedBy) {
}
