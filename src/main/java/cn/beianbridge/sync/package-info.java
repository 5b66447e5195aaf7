/**
 * Sync back: the {@code sync} job delivers the filing events of the outbox to the console (route
 * {@code sync-console}), per filing oldest first, until it acknowledges each; failures back off, and after
 * {@code bridge.sync.max-attempts} an event is DEAD until redelivered.
 * <p>
 * Owns no table: it takes and settles events through the filing module's
 * {@link cn.beianbridge.filing.ConsoleOutbox}, with the claims, back-off, DEAD and redelivery of a
 * {@link cn.beianbridge.delivery.DeliveryQueue}; only the POST is its own. Offers {@link cn.beianbridge.sync.EventDelivery} (redeliver a DEAD
 * event) and {@link cn.beianbridge.sync.SyncSettings}.
 * <p>
 * Flow: the console's end of every step (HELD, SUBMITTED, APPROVED, REJECTED, REFUSED, REVIEW_OVERDUE); nothing
 * follows.
 */
package cn.beianbridge.sync;
