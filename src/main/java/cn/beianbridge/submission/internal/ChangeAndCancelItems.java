package cn.beianbridge.submission.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.CancelRecord;
import cn.beianbridge.bureau.ChangeRecord;
import cn.beianbridge.bureau.ChangeRecord.ChangedWebsiteIds;
import cn.beianbridge.bureau.ChangeRecord.DomainIds;
import cn.beianbridge.bureau.ChangeRecord.OwnerReference;
import cn.beianbridge.bureau.ChangeRecord.RangeIds;
import cn.beianbridge.bureau.UploadItem;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Cancellation;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.HostedObjects;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.filing.StoredFiling;
import cn.beianbridge.filing.StoredFiling.WebsiteKeys;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * A stored CHANGE or CANCEL filing as the bureau must read it: by the bureau's ids of what we host
 * ({@link HostedObjects}, kept from BASJ), found by the ICP numbers (or bureau ids) the console gave. Only objects of
 * an APPROVED filing of ours count: one still in review, or cancelled, is not ours to change. An object we do not host,
 * or whose id never came, makes the filing {@link Unresolved} with a reason naming the field and the number.
 */
@Component
class ChangeAndCancelItems {

	static final String UNKNOWN_OBJECT = "unknown-bureau-object";

	static final String MISSING_BUREAU_ID = "missing-bureau-id";

	private final HostedObjects hosted;

	private final ProvinceCatalogue provinces;

	ChangeAndCancelItems(HostedObjects hosted, ProvinceCatalogue provinces) {
		this.hosted = hosted;
		this.provinces = provinces;
	}

	Built of(StoredFiling stored) {
		return switch (stored.document().filingType()) {
			case CHANGE -> change(stored);
			case CANCEL -> cancel(stored);
			default -> throw new IllegalArgumentException("Filing " + stored.id() + " is neither a CHANGE nor a CANCEL");
		};
	}

	private Built change(StoredFiling stored) {
		FilingDocument filing = stored.document();
		List<Reason> problems = new ArrayList<>();
		Long ztid = entityZtid(stored.id(), filing.entity(), "$.entity", problems);
		List<Website> websites = new ArrayList<>();
		List<ChangedWebsiteIds> ids = new ArrayList<>();
		for (int i = 0; i < filing.websites().size(); i++) {
			Website website = filing.websites().get(i);
			String field = "$.websites[" + i + "]";
			List<HostedObjects.Website> filed = filedWebsite(stored.id(), website, field, problems);
			if (filed.isEmpty()) {
				continue;
			}
			Long jrid = jridOf(filed);
			if (jrid == null) {
				problems.add(Reason.of(MISSING_BUREAU_ID, field + ".icpNumber", "Website " + numberOf(website)
						+ ": the bureau's id of our access to it (Jrid) never came (no BASJ for it), so the change "
						+ "cannot name the access"));
				continue;
			}
			websites.add(withWzid(website, filed.get(0).wzid()));
			ids.add(new ChangedWebsiteIds(jrid, domains(website, stored.websiteKeys().get(i), filed),
					ranges(website, stored.websiteKeys().get(i), filed)));
		}
		if (!problems.isEmpty()) {
			return new Unresolved(problems);
		}
		FilingDocument resolved = new FilingDocument(filing.consoleFilingId(), filing.filingType(), filing.province(),
				filing.photoApprovedAt(), filing.photoVerification(), filing.filingPasswordMd5(),
				withZtid(filing.entity(), ztid), filing.emergencyContact(), websites, filing.attachments(),
				filing.cancellation());
		OwnerReference owners = OwnerReference.valueOf(
				provinces.get(filing.province()).rules().changeAndCancel().attachmentOwner().name());
		return new Ready(new ChangeRecord(stored.id(), resolved, ids, owners), new Target("CHANGE", ztid));
	}

	private Built cancel(StoredFiling stored) {
		FilingDocument filing = stored.document();
		Cancellation cancellation = filing.cancellation();
		String field = "$.cancellation.icpNumber";
		List<Reason> problems = new ArrayList<>();
		Long jlid = switch (cancellation.kind()) {
			case ENTITY -> entityZtid(stored.id(),
					new Entity(null, null, null, null, null, null, null, cancellation.icpNumber(), null), "$.cancellation",
					problems);
			case WEBSITE -> {
				List<HostedObjects.Website> filed = filedWebsite(stored.id(), cancellation.icpNumber(), null, field,
						problems);
				yield filed.isEmpty() ? null : filed.get(0).wzid();
			}
			case ACCESS -> {
				List<HostedObjects.Website> filed = filedWebsite(stored.id(), cancellation.icpNumber(), null, field,
						problems);
				Long jrid = jridOf(filed);
				if (!filed.isEmpty() && jrid == null) {
					problems.add(Reason.of(MISSING_BUREAU_ID, field, "Website " + cancellation.icpNumber()
							+ ": the bureau's id of our access to it (Jrid) never came (no BASJ for it), so its "
							+ "cancellation cannot name it"));
				}
				yield jrid;
			}
		};
		if (!problems.isEmpty()) {
			return new Unresolved(problems);
		}
		CancelRecord.Kind kind = CancelRecord.Kind.valueOf(cancellation.kind().name());
		return new Ready(new CancelRecord(stored.id(), filing.consoleFilingId(), kind, jlid, cancellation.reasonCode(),
				cancellation.remark(), cancellation.filingPasswordMd5()), new Target("CANCEL_" + kind.name(), jlid));
	}

	/** The entity's {@code Ztid}, by the console's {@code bureauEntityId} where given, else by its ICP number. */
	private Long entityZtid(long filingId, Entity entity, String field, List<Reason> problems) {
		Optional<HostedObjects.Entity> found = entity.bureauEntityId() != null
				? hosted.entityByZtid(entity.bureauEntityId())
				: hosted.entityByIcpNumber(entity.icpNumber());
		String named = entity.bureauEntityId() != null ? "entity id (Ztid) " + entity.bureauEntityId()
				: "entity " + entity.icpNumber();
		String where = entity.bureauEntityId() != null ? field + ".bureauEntityId" : field + ".icpNumber";
		boolean approved = found.map(e -> e.filings().stream()
			.anyMatch(f -> f.filingId() != filingId && f.state() == FilingState.APPROVED)).orElse(false);
		if (!approved) {
			problems.add(Reason.of(UNKNOWN_OBJECT, where, "The " + named + " is not one we host: no approved filing "
					+ "of ours names it"));
			return null;
		}
		if (found.get().ztid() == null) {
			problems.add(Reason.of(MISSING_BUREAU_ID, where, "Entity " + entity.icpNumber() + ": the bureau's entity "
					+ "id (Ztid) never came (no BASJ for it), so the bureau cannot be told which entity"));
			return null;
		}
		return found.get().ztid();
	}

	private List<HostedObjects.Website> filedWebsite(long filingId, Website website, String field,
			List<Reason> problems) {
		return filedWebsite(filingId, website.icpNumber(), website.bureauWebsiteId(), field + ".icpNumber", problems);
	}

	/**
	 * The approved rows of ours naming the website, with its {@code Wzid}, newest filing first; empty (a problem
	 * noted) when we host no such website or its id never came.
	 */
	private List<HostedObjects.Website> filedWebsite(long filingId, String icpNumber, Long wzid, String field,
			List<Reason> problems) {
		List<HostedObjects.Website> rows = (wzid != null ? hosted.websitesByWzid(wzid)
				: hosted.websitesByIcpNumber(icpNumber)).stream()
			.filter(w -> w.filing().filingId() != filingId && w.filing().state() == FilingState.APPROVED)
			.sorted(Comparator.comparingLong((HostedObjects.Website w) -> w.filing().filingId()).reversed())
			.toList();
		String named = wzid != null ? "website id (Wzid) " + wzid : "website " + icpNumber;
		if (rows.isEmpty()) {
			problems.add(Reason.of(UNKNOWN_OBJECT, wzid != null ? field.replace(".icpNumber", ".bureauWebsiteId") : field,
					"The " + named + " is not one we host: no approved filing of ours names it"));
			return List.of();
		}
		List<HostedObjects.Website> known = rows.stream().filter(w -> w.wzid() != null).toList();
		if (known.isEmpty()) {
			problems.add(Reason.of(MISSING_BUREAU_ID, field, "Website " + icpNumber + ": the bureau's website id "
					+ "(Wzid) never came (no BASJ for it), so the bureau cannot be told which website"));
		}
		return known;
	}

	/** The bureau's id of our access to the website, from the newest row that has it; null when none does. */
	private static Long jridOf(List<HostedObjects.Website> filed) {
		return filed.stream().map(HostedObjects.Website::access).filter(Objects::nonNull)
			.map(HostedObjects.Access::jrid).filter(Objects::nonNull).findFirst().orElse(null);
	}

	/** A domain the bureau has (matched by its text) keeps our old id and the bureau's; any other is added. */
	private static List<DomainIds> domains(Website website, WebsiteKeys own, List<HostedObjects.Website> filed) {
		List<DomainIds> ids = new ArrayList<>();
		for (int i = 0; i < website.domains().size(); i++) {
			String domain = website.domains().get(i).strip().toLowerCase(Locale.ROOT);
			Optional<HostedObjects.Domain> known = filed.stream().flatMap(w -> w.domains().stream())
				.filter(d -> d.ymid() != null && d.domain().strip().toLowerCase(Locale.ROOT).equals(domain))
				.findFirst();
			ids.add(known.map(d -> new DomainIds(d.domainId(), d.ymid()))
				.orElse(new DomainIds(own.domainIds().get(i), null)));
		}
		return ids;
	}

	/** As for domains: a range the bureau has (same first and last address) keeps its ids; any other is added. */
	private static List<RangeIds> ranges(Website website, WebsiteKeys own, List<HostedObjects.Website> filed) {
		List<RangeIds> ids = new ArrayList<>();
		List<FilingDocument.IpRange> ranges = website.access() == null ? List.of() : website.access().ipRanges();
		for (int i = 0; i < ranges.size(); i++) {
			FilingDocument.IpRange range = ranges.get(i);
			Optional<HostedObjects.IpRange> known = filed.stream().map(HostedObjects.Website::access)
				.filter(Objects::nonNull).flatMap(a -> a.ipRanges().stream())
				.filter(r -> r.ipid() != null && r.start().equals(range.start()) && r.end().equals(range.end()))
				.findFirst();
			ids.add(known.map(r -> new RangeIds(r.rangeId(), r.ipid()))
				.orElse(new RangeIds(own.ipRangeIds().get(i), null)));
		}
		return ids;
	}

	private static String numberOf(Website website) {
		return website.icpNumber() != null ? website.icpNumber() : String.valueOf(website.bureauWebsiteId());
	}

	private static Entity withZtid(Entity entity, Long ztid) {
		return new Entity(entity.name(), entity.nature(), entity.investor(), entity.region(), entity.address(),
				entity.certificate(), entity.responsiblePerson(), entity.icpNumber(), ztid);
	}

	private static Website withWzid(Website website, Long wzid) {
		return new Website(website.consoleWebsiteId(), website.name(), website.domains(), website.homeUrl(),
				website.serviceContent(), website.languages(), website.preApproval(), website.access(),
				website.responsiblePerson(), website.remarks(), website.icpNumber(), wzid);
	}

	/** What building a filing's upload item came to. */
	sealed interface Built permits Ready, Unresolved {
	}

	/** @param target what the item names, for the one-in-flight rule; null for a filing of new things */
	record Ready(UploadItem item, Target target) implements Built {
	}

	/** @param reasons each naming the field and the number the bureau's id could not be found for */
	record Unresolved(List<Reason> reasons) implements Built {
	}

	/**
	 * The object an operation names and its kind: the bureau takes one at a time.
	 *
	 * @param operation CHANGE, CANCEL_ENTITY, CANCEL_WEBSITE or CANCEL_ACCESS
	 * @param bureauId {@code Ztid} (a change, an entity's cancellation), {@code Wzid} or {@code Jrid}
	 */
	record Target(String operation, long bureauId) {
	}

}
