package cn.beianbridge.filing;

import java.time.Instant;

/**
 * The flag on a SUBMITTED filing that the bureau approved (BAJG 1001) before sending its ICP numbers (BASJ): the
 * approval is recorded only with the numbers, so until then the filing stays SUBMITTED with this flag.
 *
 * @param fileName the file that brought the approval
 * @param approvedAt when we read the approval
 * @param askAt when the bureau is to be asked for the numbers ({@code isp_querybeianstatus}) if they have not come
 * @param queries how often the bureau was asked so far
 * @param lastAnswer what the last question got, or null
 * @param alertedAt when the operators were told the numbers are late, or null
 */
public record AwaitingApproval(long filingId, String consoleFilingId, String province, String fileName,
		Instant approvedAt, Instant askAt, int queries, String lastAnswer, Instant alertedAt) {
}
