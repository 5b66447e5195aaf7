package cn.beianbridge.sync.internal;

/** An outbox event due for delivery: its row, its key, where it goes, what is sent, how often it failed. */
record PendingEvent(long id, String eventId, String consoleFilingId, String payload, int attempts) {
}
