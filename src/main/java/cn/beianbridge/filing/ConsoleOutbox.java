package cn.beianbridge.filing;

import cn.beianbridge.delivery.DeliveryStore;

/**
 * The outbox as the console sync takes from it, a {@link DeliveryStore} over filing_event's delivery columns: per
 * filing only the oldest event not yet delivered is due (never APPROVED before SUBMITTED), claimed by one run at a
 * time, then delivered, retried later or DEAD (blocking its filing's later events); an admin redelivers a DEAD event
 * by its {@code eventId}.
 */
public interface ConsoleOutbox extends DeliveryStore<PendingConsoleEvent, String> {
}
