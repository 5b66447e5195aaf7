package cn.beianbridge.bureau;

import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.shared.LogMasking;

/**
 * One change of a filed entity to upload ({@code BGBA/Bgxx}): the full new state of the entity and of each website it
 * lists, in the contract's names like any filing, plus the ids the bureau names filed objects by. The entity's
 * {@code bureauEntityId} and {@code icpNumber} are {@code Ztid} and its {@code Baxh}; each website's
 * {@code bureauWebsiteId} and {@code icpNumber} are {@code Wzid} and its {@code Baxh}; the filing password's MD5, when
 * present, is {@code ICPmm}. A domain or IP range without the bureau's id is one being added; one left out is, as far
 * as the sources tell, removed. A missing id is not refused here but by the writer, naming the element, so the filing
 * is held with that reason.
 *
 * @param filingId our stored filing's id
 * @param filing a filing of type {@link FilingType#CHANGE}
 * @param websiteIds one per website of the filing, in the same order
 * @param attachmentOwners how {@code Fjssdx/Ssdxbs} names the entity or website an attachment belongs to (the schema
 * takes either; a province may want one)
 */
public record ChangeRecord(long filingId, FilingDocument filing, List<ChangedWebsiteIds> websiteIds,
		OwnerReference attachmentOwners) implements UploadItem {

	public ChangeRecord {
		if (filing == null || filing.filingType() != FilingType.CHANGE) {
			throw new IllegalArgumentException("A change record needs a filing of type CHANGE");
		}
		websiteIds = websiteIds == null ? List.of() : List.copyOf(websiteIds);
		if (websiteIds.size() != filing.websites().size()) {
			throw new IllegalArgumentException("Change %s has %d websites but %d sets of website ids were given"
				.formatted(filing.consoleFilingId(), filing.websites().size(), websiteIds.size()));
		}
		for (int i = 0; i < websiteIds.size(); i++) {
			websiteIds.get(i).requireMatches(filing, i);
		}
		attachmentOwners = attachmentOwners == null ? OwnerReference.BUREAU_ID : attachmentOwners;
	}

	/** With the attachments' owners named by the bureau's ids. */
	public ChangeRecord(long filingId, FilingDocument filing, List<ChangedWebsiteIds> websiteIds) {
		this(filingId, filing, websiteIds, OwnerReference.BUREAU_ID);
	}

	@Override
	public FilingType operation() {
		return FilingType.CHANGE;
	}

	@Override
	public String consoleFilingId() {
		return filing.consoleFilingId();
	}

	/** One {@code Bgxx}, however many websites it lists. */
	@Override
	public int bureauRecords() {
		return 1;
	}

	/** Names the filing by its console id; the filing's own parts mask what is personal, and the password is hidden. */
	@Override
	public String toString() {
		return ("ChangeRecord[filingId=%s, consoleFilingId=%s, entity=%s, websites=%s, websiteIds=%s, attachments=%d, "
				+ "filingPasswordMd5=%s, attachmentOwners=%s]").formatted(filingId, filing.consoleFilingId(),
						filing.entity(), filing.websites(), websiteIds, filing.attachments().size(),
						LogMasking.hidden(filing.filingPasswordMd5()), attachmentOwners);
	}

	/** Which of {@code Ssdxbs}'s two forms names an attachment's entity or website. */
	public enum OwnerReference {

		/** {@code Jlid}: the bureau's id ({@code Ztid} or {@code Wzid}). */
		BUREAU_ID,

		/** {@code Baxh}: the entity's or website's ICP number. */
		ICP_NUMBER

	}

	/**
	 * The ids of one website of a change.
	 *
	 * @param jrid the bureau's id of our access to the website ({@code Jr_xx/Jrid}); a change only alters an access
	 * that is filed
	 * @param domains one per domain of the website, in order
	 * @param ranges one per IP range of the website's access, in order
	 */
	public record ChangedWebsiteIds(Long jrid, List<DomainIds> domains, List<RangeIds> ranges) {

		public ChangedWebsiteIds {
			domains = domains == null ? List.of() : List.copyOf(domains);
			ranges = ranges == null ? List.of() : List.copyOf(ranges);
		}

		void requireMatches(FilingDocument filing, int index) {
			Website website = filing.websites().get(index);
			int ranges = website.access() == null ? 0 : website.access().ipRanges().size();
			if (this.ranges.size() != ranges || domains.size() != website.domains().size()) {
				throw new IllegalArgumentException(
						"Change %s, websites[%d]: %d domains and %d IP ranges but %d and %d ids given".formatted(
								filing.consoleFilingId(), index, website.domains().size(), ranges, domains.size(),
								this.ranges.size()));
			}
		}

	}

	/**
	 * @param ispYmid our id of the domain ({@code IspYmid})
	 * @param ymid the bureau's id ({@code Ymid}), or null for a domain this change adds
	 */
	public record DomainIds(long ispYmid, Long ymid) {
	}

	/**
	 * @param ispIpid our id of the range ({@code IspIpid})
	 * @param ipid the bureau's id ({@code Ipid}), or null for a range this change adds
	 */
	public record RangeIds(long ispIpid, Long ipid) {
	}

}
