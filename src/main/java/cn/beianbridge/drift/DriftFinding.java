package cn.beianbridge.drift;

import java.time.Instant;

/**
 * A domain we show as filed that the bureau does not (or shows under another number).
 *
 * @param ourIcpNumber the website's number as we hold it
 * @param bureauIcpNumber the number the bureau shows the domain under, null when it shows it not filed
 * @param bureauAnswer what the bureau said, as the operators read it
 * @param clearedAt when a later check agreed, null while open
 */
public record DriftFinding(long id, String province, String domain, String consoleFilingId, String consoleWebsiteId,
		String ourIcpNumber, String bureauIcpNumber, String bureauAnswer, Instant foundAt, Instant lastCheckedAt,
		Instant clearedAt) {

	public boolean open() {
		return clearedAt == null;
	}

}
