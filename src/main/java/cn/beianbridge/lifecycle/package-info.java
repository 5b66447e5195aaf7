/**
 * Lifecycle: where all filings stand, for the operator watching the log. A census of states, console events and
 * flags, written as one line when something moved (job {@code lifecycle-summary}); the per-filing lines come from
 * the modules that move them (collected, submitted, decided, synced).
 */
package cn.beianbridge.lifecycle;
