package cn.beianbridge.bureau;

import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;

/**
 * One filing to upload (first filing, new website, new access), with our database ids for the objects the bureau
 * asks us to number ({@code IspZtid}, and per website {@link WebsiteIds}), which come back in the bureau's answers.
 * A change is a {@link ChangeRecord}, a cancellation a {@link CancelRecord}.
 *
 * @param ispZtid our id of the entity, which is also our stored filing's id
 * @param websiteIds one per website of the filing, in the same order
 */
public record UploadRecord(FilingDocument filing, long ispZtid, List<WebsiteIds> websiteIds) implements UploadItem {

	public UploadRecord {
		if (filing == null || filing.filingType() == null) {
			throw new IllegalArgumentException("An upload record needs a filing with its filing type");
		}
		if (filing.filingType() == FilingType.CHANGE || filing.filingType() == FilingType.CANCEL) {
			throw new IllegalArgumentException("Filing %s is a %s: it goes in a %s".formatted(filing.consoleFilingId(),
					filing.filingType(), filing.filingType() == FilingType.CHANGE ? "ChangeRecord" : "CancelRecord"));
		}
		websiteIds = websiteIds == null ? List.of() : List.copyOf(websiteIds);
		if (websiteIds.size() != filing.websites().size()) {
			throw new IllegalArgumentException("Filing %s has %d websites but %d sets of website ids were given"
					.formatted(filing.consoleFilingId(), filing.websites().size(), websiteIds.size()));
		}
		for (int i = 0; i < websiteIds.size(); i++) {
			websiteIds.get(i).requireMatches(filing, i);
		}
	}

	@Override
	public FilingType operation() {
		return filing.filingType();
	}

	@Override
	public long filingId() {
		return ispZtid;
	}

	@Override
	public String consoleFilingId() {
		return filing.consoleFilingId();
	}

	/** How many records this filing adds to an upload file: one per website for a new access, else one. */
	@Override
	public int bureauRecords() {
		return operation() == FilingType.NEW_ACCESS ? filing.websites().size() : 1;
	}

	/** Our id of the website the console knows by this id. */
	public long ispWzid(String consoleWebsiteId) {
		List<Website> websites = filing.websites();
		for (int i = 0; i < websites.size(); i++) {
			if (websites.get(i).consoleWebsiteId().equals(consoleWebsiteId)) {
				return websiteIds.get(i).ispWzid();
			}
		}
		throw new IllegalArgumentException(
				"an attachment belongs to website %s, which the filing does not contain".formatted(consoleWebsiteId));
	}

	/**
	 * Our ids for one website and its parts.
	 *
	 * @param ispYmids one per domain, in order (not written for a new access, which carries no domains)
	 * @param ispIpids one per IP range of the access, in order
	 */
	public record WebsiteIds(long ispWzid, long ispJrid, List<Long> ispYmids, List<Long> ispIpids) {

		public WebsiteIds {
			ispYmids = ispYmids == null ? List.of() : List.copyOf(ispYmids);
			ispIpids = ispIpids == null ? List.of() : List.copyOf(ispIpids);
		}

		void requireMatches(FilingDocument filing, int index) {
			Website website = filing.websites().get(index);
			int ranges = website.access() == null ? 0 : website.access().ipRanges().size();
			if (ispIpids.size() != ranges) {
				throw mismatch(filing, index, "IP ranges", ranges, ispIpids.size());
			}
			if (filing.filingType() != FilingType.NEW_ACCESS && ispYmids.size() != website.domains().size()) {
				throw mismatch(filing, index, "domains", website.domains().size(), ispYmids.size());
			}
		}

		private static IllegalArgumentException mismatch(FilingDocument filing, int index, String what, int expected,
				int given) {
			return new IllegalArgumentException("Filing %s, websites[%d]: %d %s but %d ids given"
					.formatted(filing.consoleFilingId(), index, expected, what, given));
		}

	}

}
