/**
 * Notifications to people: customers (submitted, approved, rejected, refused) and operators (SLA missed,
 * review overdue, province blocked, dead events, quarantined results, missing calendar year), by SMS
 * through the SMS gateway and by email over SMTP, from the templates in {@code config/notifications/}.
 * Each message is a row before it is sent (the durable channel), sent by Spring Integration flows.
 */
package cn.beianbridge.notification;
