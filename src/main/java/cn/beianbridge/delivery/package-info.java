/**
 * Delivery: the one durable-queue mechanism behind the console sync and the notifications. A run claims a batch of
 * due items with a lease naming this node incarnation, renews a claim before each send, records each attempt,
 * backs off exponentially, parks an item DEAD after the last attempt (one log line and, where the queue has one,
 * one operator alert), re-queues a DEAD item for an admin, and counts every outcome under the queue's own meters.
 * <p>
 * Owns no table: each queue's rows stay with their owner, which implements {@link cn.beianbridge.delivery.DeliveryStore}
 * over its own mapper (filing for {@code filing_event}, notification for {@code notification}). Offers
 * {@link cn.beianbridge.delivery.DeliveryQueue}, built by {@link cn.beianbridge.delivery.DeliveryQueues}, with the port
 * {@code DeliveryStore}, {@code ClaimedItem}, {@code DeliveryPolicy} (settings) and {@code DeliveryReporting} (the
 * queue's log wording, meters and alert). Sending stays with each queue's module (HTTP to the console, SMS, mail).
 * <p>
 * A module of its own rather than part of {@code shared}: it has behaviour and depends on scheduling's
 * {@link cn.beianbridge.scheduling.ThisNode}, and {@code shared} holds tiny types and depends on no module.
 * <p>
 * Not a step of the flow: sync and notification run their steps through it.
 */
package cn.beianbridge.delivery;
