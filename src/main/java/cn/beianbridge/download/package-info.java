/**
 * Download: drains each bureau's {@code isp_download}, keeps every file as it came, applies its results to the
 * filings (idempotently: the bureau resends what we have not acknowledged), and only then acknowledges it.
 */
package cn.beianbridge.download;
