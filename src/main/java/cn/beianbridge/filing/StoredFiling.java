package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored filing with the keys of its stored parts: these are the ids we give the bureau
 * ({@code IspZtid} = the filing, {@code IspWzid}/{@code IspJrid} = the website, {@code IspYmid}, {@code IspIpid}).
 *
 * @param attachmentSizes each attachment's stored size in bytes, by sha256: what its content will weigh when a
 * filing read without it ({@link Filings#storedWithoutContents}) has it filled in
 */
public record StoredFiling(long id, FilingDocument document, Instant submissionDeadline, List<WebsiteKeys> websiteKeys,
		Map<String, Long> attachmentSizes) {

	public StoredFiling {
		websiteKeys = List.copyOf(websiteKeys);
		attachmentSizes = Map.copyOf(attachmentSizes);
	}

	public StoredFiling(long id, FilingDocument document, Instant submissionDeadline, List<WebsiteKeys> websiteKeys) {
		this(id, document, submissionDeadline, websiteKeys, Map.of());
	}

	/**
	 * The filing with the contents its attachments were read without, from {@code base64} (by sha256); one the map
	 * does not have stays without (its bytes were purged, or not fetched yet).
	 */
	public StoredFiling withContents(Map<String, String> base64) {
		List<FilingDocument.Attachment> attachments = document.attachments();
		if (attachments == null || attachments.stream().allMatch(a -> a.contentBase64() != null
				|| !base64.containsKey(a.sha256()))) {
			return this;
		}
		FilingDocument d = document;
		List<FilingDocument.Attachment> filled = attachments.stream()
			.map(a -> a.contentBase64() != null || !base64.containsKey(a.sha256()) ? a
					: new FilingDocument.Attachment(a.purpose(), a.format(), a.owner(), a.consoleWebsiteId(),
							base64.get(a.sha256()), a.sha256()))
			.toList();
		return new StoredFiling(id, new FilingDocument(d.consoleFilingId(), d.filingType(), d.province(),
				d.photoApprovedAt(), d.photoVerification(), d.filingPasswordMd5(), d.entity(), d.emergencyContact(),
				d.websites(), filled, d.cancellation()), submissionDeadline, websiteKeys, attachmentSizes);
	}

	/** In the order of {@code document.websites()}; domain and range ids in the order of their lists. */
	public record WebsiteKeys(long websiteId, List<Long> domainIds, List<Long> ipRangeIds) {

		public WebsiteKeys {
			domainIds = List.copyOf(domainIds);
			ipRangeIds = List.copyOf(ipRangeIds);
		}

	}

}
