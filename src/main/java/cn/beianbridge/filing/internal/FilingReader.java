package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingContacts;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Access;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.Cancellation;
import cn.beianbridge.filing.FilingDocument.Certificate;
import cn.beianbridge.filing.FilingDocument.EmergencyContact;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.FilingDocument.PhotoVerification;
import cn.beianbridge.filing.FilingDocument.PreApproval;
import cn.beianbridge.filing.FilingDocument.Region;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.StoredFiling;
import cn.beianbridge.shared.ChinaTime;

/** Reads a stored filing back into the document the console sent, text exactly as given. */
@Component
public class FilingReader {

	private final FilingMapper mapper;

	private final PersonalData personalData;

	FilingReader(FilingMapper mapper, PersonalData personalData) {
		this.mapper = mapper;
		this.personalData = personalData;
	}

	public Optional<FilingDocument> load(long filingId) {
		return loadStored(filingId).map(StoredFiling::document);
	}

	/** The document and the keys of its stored parts, read in five queries (six for a CANCEL). */
	public Optional<StoredFiling> loadStored(long filingId) {
		return Optional.ofNullable(loadAll(List.of(filingId), true).get(filingId));
	}

	/**
	 * Many filings as {@link #loadStored(long)} reads one, in as many queries as it (one per table for all of them),
	 * without the attachments' bytes: a file's thousand filings with theirs would be too much at once. Those come
	 * from {@link #attachmentContents(Collection)}, by sha256, as the file needs them.
	 *
	 * @return by id, in the order given; an id with no filing is left out
	 */
	public Map<Long, StoredFiling> loadStoredWithoutContents(Collection<Long> filingIds) {
		return loadAll(filingIds, false);
	}

	/** The stored bytes of these attachments, by sha256, in one query; one purged (or unknown) is not in it. */
	public Map<String, byte[]> attachmentContents(Collection<String> sha256s) {
		Map<String, byte[]> contents = new HashMap<>();
		if (sha256s.isEmpty()) {
			return contents;
		}
		for (FilingRows.ContentRow row : mapper.findAttachmentContents(Set.copyOf(sha256s))) {
			if (row.content() != null) {
				contents.put(row.sha256(), personalData.open(row.content()));
			}
		}
		return contents;
	}

	private Map<Long, StoredFiling> loadAll(Collection<Long> filingIds, boolean contents) {
		Map<Long, StoredFiling> stored = new LinkedHashMap<>();
		if (filingIds.isEmpty()) {
			return stored;
		}
		List<Long> ids = List.copyOf(new LinkedHashSet<>(filingIds));
		Map<Long, FilingRows.FilingRow> rows = filingRows(ids);
		if (rows.isEmpty()) {
			return stored;
		}
		Map<Long, List<FilingRows.DomainRow>> domains = mapper.findDomainRows(ids).stream()
			.collect(Collectors.groupingBy(FilingRows.DomainRow::websiteId));
		Map<Long, List<FilingRows.IpRangeRow>> ranges = mapper.findIpRangeRows(ids).stream()
			.collect(Collectors.groupingBy(FilingRows.IpRangeRow::websiteId));
		Map<Long, List<FilingRows.WebsiteRow>> websiteRows = websiteRows(ids);
		Map<Long, List<FilingRows.AttachmentRow>> attachmentRows = mapper.findAttachmentRows(ids, contents).stream()
			.collect(Collectors.groupingBy(FilingRows.AttachmentRow::filingId));
		boolean anyCancel = rows.values().stream().anyMatch(r -> r.filingType() == FilingType.CANCEL);
		Map<Long, FilingRows.CancellationRow> cancellations = !anyCancel ? Map.of()
				: mapper.findCancellationRows(ids).stream()
					.collect(Collectors.toMap(FilingRows.CancellationRow::filingId, c -> c));
		for (long filingId : ids) {
			FilingRows.FilingRow row = rows.get(filingId);
			if (row == null) {
				continue;
			}
			List<Website> websites = new ArrayList<>();
			List<StoredFiling.WebsiteKeys> keys = new ArrayList<>();
			for (FilingRows.WebsiteRow w : websiteRows.getOrDefault(filingId, List.of())) {
				List<FilingRows.DomainRow> domainRows = domains.getOrDefault(w.id(), List.of());
				List<FilingRows.IpRangeRow> rangeRows = ranges.getOrDefault(w.id(), List.of());
				websites.add(website(w, domainRows.stream().map(FilingRows.DomainRow::domain).toList(),
						rangeRows.stream().map(r -> new IpRange(r.startIp(), r.endIp())).toList()));
				keys.add(new StoredFiling.WebsiteKeys(w.id(), domainRows.stream().map(FilingRows.DomainRow::id).toList(),
						rangeRows.stream().map(FilingRows.IpRangeRow::id).toList()));
			}
			List<FilingRows.AttachmentRow> own = attachmentRows.getOrDefault(filingId, List.of());
			List<Attachment> attachments = own.stream()
				.map(a -> a.opened(personalData))
				.map(a -> new Attachment(a.purpose(), a.format(), a.owner(), a.consoleWebsiteId(),
						// null when not read, or once the retention purge dropped the bytes of a decided filing
						a.content() == null ? null : Base64.getEncoder().encodeToString(a.content()), a.sha256()))
				.toList();
			FilingDocument document = row.filingType() == FilingType.CANCEL ? cancel(row, cancellations.get(filingId))
					: new FilingDocument(row.consoleFilingId(), row.filingType(), row.province(),
							row.photoApprovedAt() == null ? null : ChinaTime.of(row.photoApprovedAt()),
							row.photoMethod() == null ? null
									: new PhotoVerification(row.photoMethod(), row.collectionCode()),
							row.filingPasswordMd5(), entity(row), emergencyContact(row), websites, attachments);
			stored.put(filingId, new StoredFiling(filingId, document, row.submissionDeadline(), keys));
		}
		return stored;
	}

	/** Names and responsible persons only: three queries, no attachment bytes. */
	public Optional<FilingContacts> loadContacts(long filingId) {
		List<Long> ids = List.of(filingId);
		FilingRows.FilingRow row = filingRows(ids).get(filingId);
		if (row == null) {
			return Optional.empty();
		}
		Map<Long, List<String>> domains = mapper.findDomainRows(ids).stream()
			.collect(Collectors.groupingBy(FilingRows.DomainRow::websiteId,
					Collectors.mapping(FilingRows.DomainRow::domain, Collectors.toList())));
		List<FilingContacts.Site> sites = websiteRows(ids).getOrDefault(filingId, List.of()).stream()
			.map(w -> new FilingContacts.Site(w.consoleWebsiteId(), w.name(), domains.getOrDefault(w.id(), List.of()),
					new FilingContacts.Person(w.personName(), w.personMobile(), w.personEmail())))
			.toList();
		return Optional.of(new FilingContacts(filingId, row.consoleFilingId(), row.province(), row.filingType(),
				row.entityName(), new FilingContacts.Person(row.personName(), row.personMobile(), row.personEmail()),
				sites));
	}

	private Map<Long, FilingRows.FilingRow> filingRows(List<Long> filingIds) {
		return mapper.findFilingRows(filingIds).stream().map(r -> r.opened(personalData))
			.collect(Collectors.toMap(FilingRows.FilingRow::id, r -> r));
	}

	/** By filing, each filing's in ordinal order. */
	private Map<Long, List<FilingRows.WebsiteRow>> websiteRows(List<Long> filingIds) {
		return mapper.findWebsiteRows(filingIds).stream().map(w -> w.opened(personalData))
			.collect(Collectors.groupingBy(FilingRows.WebsiteRow::filingId, LinkedHashMap::new, Collectors.toList()));
	}

	/** A CANCEL as the console sent it: its target, and no entity, websites or attachments. */
	private FilingDocument cancel(FilingRows.FilingRow row, FilingRows.CancellationRow cancellation) {
		return new FilingDocument(row.consoleFilingId(), row.filingType(), row.province(),
				row.photoApprovedAt() == null ? null : ChinaTime.of(row.photoApprovedAt()), null, null, null, null,
				List.of(), List.of(),
				new Cancellation(cancellation.kind(), cancellation.icpNumber(), cancellation.reasonCode(),
						personalData.open(cancellation.remark()), row.filingPasswordMd5()));
	}

	private static Entity entity(FilingRows.FilingRow row) {
		Person person = new Person(row.personName(),
				new Certificate(row.personCertType(), row.personCertNumber(), row.personCertAddress()),
				row.personOfficePhone(), row.personMobile(), row.personEmail());
		return new Entity(row.entityName(), row.entityNature(), row.entityInvestor(),
				new Region(row.regionProvince(), row.regionCity(), row.regionCounty()), row.entityAddress(),
				new Certificate(row.entityCertType(), row.entityCertNumber(), row.entityCertAddress()), person,
				row.entityIcpNumber(), row.bureauEntityId());
	}

	private static EmergencyContact emergencyContact(FilingRows.FilingRow row) {
		return row.emergencyName() == null && row.emergencyMobile() == null ? null
				: new EmergencyContact(row.emergencyName(), row.emergencyMobile());
	}

	private static Website website(FilingRows.WebsiteRow w, List<String> domains, List<IpRange> ranges) {
		Person person = new Person(w.personName(),
				new Certificate(w.personCertType(), w.personCertNumber(), w.personCertAddress()),
				w.personOfficePhone(), w.personMobile(), w.personEmail());
		PreApproval preApproval = w.preApprovalType() == null ? null
				: new PreApproval(w.preApprovalType(), w.preApprovalNumber());
		return new Website(w.consoleWebsiteId(), w.name(), domains, w.homeUrl(), w.serviceContent(),
				List.of(w.languages().split(",")), preApproval, new Access(w.accessMethod(), w.serverLocation(), ranges),
				person, w.remarks(), w.icpNumber(), w.bureauWebsiteId());
	}

}
