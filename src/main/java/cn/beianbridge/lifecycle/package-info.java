/**
 * Lifecycle: where all filings stand, for the operator watching the log. A census of states, console events and
 * flags, written as one line when something moved (job {@code lifecycle-summary}); the per-filing lines come from
 * the modules that move them (collected, submitted, decided, synced).
 * <p>
 * Owns no table and offers nothing: it reads {@link cn.beianbridge.filing.Filings#census()} and
 * {@link cn.beianbridge.notification.Notifications}. Not a step of the flow: it watches all of it.
 */
package cn.beianbridge.lifecycle;
