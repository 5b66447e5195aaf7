/**
 * Notifications to people: customers (submitted, approved, rejected, refused) and operators (SLA missed,
 * review overdue, province blocked, dead events, quarantined results, missing calendar year), by SMS
 * through the SMS gateway and by email over SMTP, from the templates in {@code config/notifications/}.
 * Each message is a row before it is sent (the durable channel), sent by Spring Integration flows through a
 * {@link cn.beianbridge.delivery.DeliveryQueue} (claims, back-off, DEAD, re-send) over its own table.
 * <p>
 * Owns {@code notification}; sent and dead ones go to the purge as a {@link cn.beianbridge.purge.PersonalDataHolder}.
 * Reads filing events once each through the filing module's
 * {@link cn.beianbridge.filing.NotificationOutbox} and listens for {@link cn.beianbridge.shared.OperatorAlert}s; the
 * {@code calendar-watch} job raises the calendar's alerts. Offers {@link cn.beianbridge.notification.Notifications}
 * (what was sent, the deliveries by query with recipients masked, counts, resend) with its records and enums, and the settings {@code NotificationSettings},
 * {@code SmsGatewaySettings}.
 * <p>
 * Flow: the customer's end of submission and download; nothing follows.
 */
package cn.beianbridge.notification;
