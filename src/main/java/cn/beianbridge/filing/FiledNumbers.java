package cn.beianbridge.filing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ICP numbers a filing has when the bureau approves it: those the bureau filed for it (BASJ), else those it
 * already had (the entity of a new website, the website of a new access).
 *
 * @param entityIcpNumber null while the bureau has sent none for a first filing
 */
public record FiledNumbers(long filingId, String entityIcpNumber, List<WebsiteNumber> websites) {

	public FiledNumbers {
		websites = List.copyOf(websites);
	}

	/** @param icpNumber null while the bureau has sent none */
	public record WebsiteNumber(long websiteId, String consoleWebsiteId, String icpNumber) {
	}

	/** Whether the entity and every website have a number: only then can an approval be recorded. */
	public boolean complete() {
		return entityIcpNumber != null && websites.stream().allMatch(w -> w.icpNumber() != null);
	}

	/** Website id → ICP number, for {@link FilingTransitions#approved}. */
	public Map<Long, String> websiteIcpNumbers() {
		return websites.stream().collect(Collectors.toMap(WebsiteNumber::websiteId, WebsiteNumber::icpNumber));
	}

}
