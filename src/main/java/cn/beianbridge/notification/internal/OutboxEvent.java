package cn.beianbridge.notification.internal;

/** A filing event of the outbox not yet turned into notifications. */
record OutboxEvent(long id, String eventId, Long filingId, String consoleFilingId, String province, String type,
		String payload) {
}
