package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/**
 * A stored filing with the keys of its stored parts: these are the ids we give the bureau
 * ({@code IspZtid} = the filing, {@code IspWzid}/{@code IspJrid} = the website, {@code IspYmid}, {@code IspIpid}).
 */
public record StoredFiling(long id, FilingDocument document, Instant submissionDeadline, List<WebsiteKeys> websiteKeys) {

	public StoredFiling {
		websiteKeys = List.copyOf(websiteKeys);
	}

	/** In the order of {@code document.websites()}; domain and range ids in the order of their lists. */
	public record WebsiteKeys(long websiteId, List<Long> domainIds, List<Long> ipRangeIds) {

		public WebsiteKeys {
			domainIds = List.copyOf(domainIds);
			ipRangeIds = List.copyOf(ipRangeIds);
		}

	}

}
