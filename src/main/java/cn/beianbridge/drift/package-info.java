/**
 * Drift: whether the bureau still shows filed what we show as filed. The nightly {@code drift-check} job asks each
 * province's bureau ({@code isp_querybeianstatus}, by domain) about the domains of approved websites, at the gateway's
 * rate and at most {@code bridge.drift-check.daily-cap} a day per province, resuming where it stopped; a domain the
 * bureau does not show filed, or shows under another number, is a finding, alerted once and cleared when a later
 * check agrees. A bureau error or timeout is no finding.
 * <p>
 * Owns {@code drift_finding} and {@code drift_check_progress} (docs/modules.md). Offers {@link DriftFindings} (the
 * open findings, for the operations console) and {@link DriftCheckSettings}.
 */
package cn.beianbridge.drift;
