/**
 * Download: drains each bureau's {@code isp_download}, keeps every file as it came, applies its results to the
 * filings (idempotently: the bureau resends what we have not acknowledged), and only then acknowledges it. Numbers
 * (BASJ) and results (BAJG) may come in any order: an approval waits for its ICP numbers, and after
 * {@code bridge.download.numbers-wait} the bureau is asked for them. A BASJ's ids of what we host (entity, website,
 * our access, domains, IP ranges) are kept through {@link cn.beianbridge.filing.BureauIds}; our access is told by our
 * id, else by our provider id ({@code bridge.submission.provider-id}, taken as our {@code Ispid}). The
 * {@code review-watch} job flags filings the bureau has not decided within the province's review limit, after asking
 * the bureau about them: one it shows filed had its decision lost and is approved with its numbers.
 * <p>
 * Owns {@code download_file} and {@code result_quarantine} (results that could not be applied). Offers
 * {@link cn.beianbridge.download.DownloadSettings}, {@link cn.beianbridge.download.QuarantinedResults} (the
 * quarantine for the operations console: list, attach a result to a filing, dismiss), and its settled files to the purge as a
 * {@link cn.beianbridge.purge.RawFileVault}.
 * <p>
 * Flow: takes SUBMITTED filings to APPROVED, REJECTED or REFUSED through
 * {@link cn.beianbridge.filing.FilingTransitions}; next sync tells the console and notification tells the customer.
 */
package cn.beianbridge.download;
