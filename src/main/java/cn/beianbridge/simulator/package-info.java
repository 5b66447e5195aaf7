/**
 * The simulated peers of the demo and the tests: every province's bureau ({@code simulator.bureau}, speaking the
 * interface of BUREAU-PROTOCOL.md through the bureau module's codec), the provider's console
 * ({@code simulator.console}), the SMS gateway ({@code simulator.sms}) and the mailbox ({@code simulator.mail}).
 * <p>
 * It depends on the system's public API (bureau codec, province catalogue, console settings, shared types); nothing
 * in the system depends on it. It runs only with {@code bridge.simulators.enabled=true}
 * ({@link cn.beianbridge.simulator.ConditionalOnSimulators}), never in the {@code mysql} profile.
 * <p>
 * Owns the simulated bureaus' state, the {@code sim_*} tables. Offers, to the demo and the tests,
 * {@link cn.beianbridge.simulator.bureau.BureauSimulator} (fault switches, forced decisions) with its settings; the
 * system reaches the simulated console, bureaus and SMS gateway over HTTP as it would the real ones, and the mailbox
 * stands in for the mail sender. Not a step of the flow: it stands where the console, the bureaus and the customers'
 * phones and inboxes stand.
 */
package cn.beianbridge.simulator;
