package cn.beianbridge.download.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.filing.BureauIds;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.HostedObjects;
import cn.beianbridge.filing.HostedObjects.Domain;
import cn.beianbridge.filing.HostedObjects.IpRange;
import cn.beianbridge.filing.HostedObjects.Website;
import cn.beianbridge.submission.SubmissionSettings;

/**
 * Keeps the bureau's ids of what we host from a BASJ record: the entity's {@code Ztid}, each website's {@code Wzid},
 * our access's {@code Jrid}, each domain's {@code Ymid} and each IP range's {@code Ipid}. Change, cancel and the
 * bureau's cancellations name objects only by these.
 * <p>
 * <b>Which website.</b> By our id ({@code IspWzid}, or the {@code IspJrid} of an access, which is the website's id);
 * else, for a website we did not file (a new access), by its {@code Wzid} or ICP number. Only a website of a filing of
 * the file's province that is SUBMITTED, BATCHED or APPROVED takes ids.
 * <p>
 * <b>Which access is ours.</b> The one whose {@code IspJrid} is the website's id; else the one whose {@code Ispid} is
 * our provider's, taken to be our {@code Qqdwid} (both are the provider's id at the bureau; the spec does not say they
 * are the same, so it is only the second test); else, for a website we filed ourselves, its only access. Otherwise
 * none is, and the record is quarantined for an operator with its other ids kept (a record listing no access at
 * all, which the schema does not allow, is only logged).
 * <p>
 * <b>Domains and ranges.</b> By our id ({@code IspYmid}, {@code IspIpid}) when sent, else by the domain (any case) or
 * the range's addresses. One the BASJ lacks keeps no id, and is logged.
 */
@Component
class HostedIdsApplier {

	private static final Logger log = LoggerFactory.getLogger(HostedIdsApplier.class);

	private static final Set<FilingState> HOSTING = EnumSet.of(FilingState.SUBMITTED, FilingState.BATCHED,
			FilingState.APPROVED);

	private final HostedObjects hosted;

	private final BureauIds ids;

	private final ResultQuarantine quarantine;

	private final long ourProviderId;

	HostedIdsApplier(HostedObjects hosted, BureauIds ids, ResultQuarantine quarantine, SubmissionSettings submission) {
		this.hosted = hosted;
		this.ids = ids;
		this.quarantine = quarantine;
		// SubmissionSettings checked it is an xs:long of at least 1
		this.ourProviderId = Long.parseLong(submission.providerId().trim());
	}

	/** @return each website of ours the record names, with the record's website */
	List<KeptWebsite> keep(StoredDownload file, FiledRecord record) {
		List<KeptWebsite> kept = new ArrayList<>();
		for (FiledWebsite website : record.websites()) {
			for (Website ours : ours(file, website)) {
				keep(file, record, website, ours);
				kept.add(new KeptWebsite(website, ours));
			}
		}
		return kept;
	}

	/** A website of a BASJ record and the row of ours it was found to be (before its ids were kept). */
	record KeptWebsite(FiledWebsite filed, Website ours) {
	}

	private List<Website> ours(StoredDownload file, FiledWebsite website) {
		Map<Long, Website> found = new LinkedHashMap<>();
		if (website.ispWzid() != null) {
			hosted.website(website.ispWzid()).ifPresent(w -> found.put(w.websiteId(), w));
		}
		website.accesses().stream().filter(access -> access.ispJrid() != null)
			.forEach(access -> hosted.website(access.ispJrid()).ifPresent(w -> found.put(w.websiteId(), w)));
		if (found.isEmpty()) {
			hosted.websitesByWzid(website.wzid()).forEach(w -> found.put(w.websiteId(), w));
			hosted.websitesByIcpNumber(website.icpNumber()).forEach(w -> found.put(w.websiteId(), w));
		}
		return found.values().stream()
			.filter(w -> w.filing().province().equals(file.province()) && HOSTING.contains(w.filing().state()))
			.toList();
	}

	private void keep(StoredDownload file, FiledRecord record, FiledWebsite website, Website ours) {
		Optional<FiledAccess> access = ourAccess(website, ours);
		Map<Long, Long> ymids = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (Domain domain : ours.domains()) {
			findDomain(website, domain).ifPresentOrElse(filed -> ymids.put(domain.domainId(), filed.ymid()),
					() -> missing.add(domain.domain()));
		}
		Map<Long, Long> ipids = new HashMap<>();
		for (IpRange range : ours.access().ipRanges()) {
			access.flatMap(filed -> findRange(filed, range)).ifPresentOrElse(
					filed -> ipids.put(range.rangeId(), filed.ipid()),
					() -> missing.add(range.start() + "-" + range.end()));
		}
		String what = "website %s (Wzid %d) of filing %s".formatted(ours.consoleWebsiteId(), website.wzid(),
				ours.filing().consoleFilingId());
		ids.keep(new BureauIds.WebsiteIds(ours.websiteId(), record.entity().ztid(), website.wzid(),
				access.map(FiledAccess::jrid).orElse(null), ymids, ipids), "bureau", "BASJ in " + file.fileName());
		if (website.accesses().isEmpty()) {
			// the schema wants one at least: a record of ids and numbers only tells nothing about accesses
			log.warn("Filed data (BASJ) in {} for {} lists no access: our access's Jrid is not kept", file.fileName(),
					what);
		}
		else if (access.isEmpty()) {
			quarantine.put(file, String.valueOf(website.wzid()), null, ("Filed data (BASJ) for %s: none of its %d "
					+ "accesses is ours (no IspJrid %d, no Ispid %d%s); its other ids are kept, not our access's (Jrid)")
				.formatted(what, website.accesses().size(), ours.websiteId(), ourProviderId,
						ours.filing().type() == FilingType.NEW_ACCESS ? "" : ", not its only access"));
		}
		else if (!missing.isEmpty()) {
			log.warn("Filed data (BASJ) in {} for {}: the bureau lists no {}; they keep no bureau id", file.fileName(),
					what, missing);
		}
	}

	private Optional<FiledAccess> ourAccess(FiledWebsite website, Website ours) {
		Optional<FiledAccess> byOurId = website.accesses().stream()
			.filter(access -> access.ispJrid() != null && access.ispJrid() == ours.access().ispJrid())
			.findFirst();
		if (byOurId.isPresent()) {
			return byOurId;
		}
		List<FiledAccess> byProvider = website.accesses().stream()
			.filter(access -> access.providerId() == ourProviderId)
			.toList();
		if (byProvider.size() == 1) {
			return Optional.of(byProvider.get(0));
		}
		// a website we filed ourselves had only our access then
		if (byProvider.isEmpty() && website.accesses().size() == 1 && ours.filing().type() != FilingType.NEW_ACCESS) {
			return Optional.of(website.accesses().get(0));
		}
		return Optional.empty();
	}

	private static Optional<FiledDomain> findDomain(FiledWebsite website, Domain domain) {
		Optional<FiledDomain> byOurId = website.domains().stream()
			.filter(filed -> filed.ispYmid() != null && filed.ispYmid() == domain.domainId())
			.findFirst();
		return byOurId.isPresent() ? byOurId : website.domains().stream()
			.filter(filed -> filed.domain().toLowerCase(Locale.ROOT).equals(domain.domain().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

	private static Optional<FiledIpRange> findRange(FiledAccess access, IpRange range) {
		Optional<FiledIpRange> byOurId = access.ipRanges().stream()
			.filter(filed -> filed.ispIpid() != null && filed.ispIpid() == range.rangeId())
			.findFirst();
		return byOurId.isPresent() ? byOurId : access.ipRanges().stream()
			.filter(filed -> sameAddress(filed.startAddress(), range.start())
					&& sameAddress(filed.endAddress(), range.end()))
			.findFirst();
	}

	// ours as the console wrote it: 010.1.2.3 is 10.1.2.3
	private static boolean sameAddress(String dotted, String ours) {
		String[] a = dotted.split("\\.");
		String[] b = ours.trim().split("\\.");
		if (a.length != 4 || b.length != 4) {
			return false;
		}
		for (int i = 0; i < 4; i++) {
			try {
				if (Integer.parseInt(a[i]) != Integer.parseInt(b[i])) {
					return false;
				}
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return true;
	}

}
