package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedCancel;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChange;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChangedWebsite;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedDomain;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRange;
import cn.beianbridge.province.Province;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledAccessRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledDomainRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledEntityRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledIpRangeRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledWebsiteRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.RemovedRow;

/**
 * Checks changes (BGBA) and cancellations (ZXBA) against the register when they arrive, and carries the approved
 * ones out. A change replaces the filed data it lists (a domain or range left out is removed, one without the
 * bureau's id added with a new stable id); a cancellation takes the entity (with its websites), website or access out
 * of the register. Whatever is taken out is kept in {@code sim_removed_record}, so a cancelled one answers 1049/1050
 * and no removed id is issued again.
 */
class ChangeRegister {

	static final String ENTITY = "ENTITY";

	static final String WEBSITE = "WEBSITE";

	static final String ACCESS = "ACCESS";

	static final String DOMAIN = "DOMAIN";

	static final String IP_RANGE = "IP_RANGE";

	private final SimulatorRegisterMapper register;

	private final FilingRegister filings;

	ChangeRegister(SimulatorRegisterMapper register, FilingRegister filings) {
		this.register = register;
		this.filings = filings;
	}

	/**
	 * The checks a bureau makes when the record arrives.
	 *
	 * @param provider the uploading provider's Ispid ({@code Qqdwid})
	 * @param pending the changes and cancellations still under review, this file's earlier records included
	 * @param validReasons the cancel-reason ids the bureau accepts now
	 * @param keepOnlyAccess whether this bureau refuses to cancel a website's only access (1025)
	 * @throws RefusedData with the spec's code for the first check that fails
	 */
	void check(Province province, ChangeUnderReview item, long provider, List<ChangeUnderReview> pending,
			Set<Integer> validReasons, boolean keepOnlyAccess, Instant now) {
		if (item.change() != null) {
			checkChange(province, item.change(), provider, pending, now);
		}
		else {
			checkCancel(province, item.cancel(), provider, pending, validReasons, keepOnlyAccess, now);
		}
	}

	private void checkChange(Province province, UploadedChange change, long provider, List<ChangeUnderReview> pending,
			Instant now) {
		FiledEntityRow entity = entity(change.ztid());
		if (!entity.icpNumber().equals(change.entityIcpNumber())) {
			throw new RefusedData(1016, "Baxh %s is not the number of entity Ztid %d (%s)"
				.formatted(change.entityIcpNumber(), change.ztid(), entity.icpNumber()));
		}
		checkPassword(province, entity.icpNumber(), change.filingPasswordMd5(), false, now);
		boolean hosted = false;
		for (UploadedChangedWebsite changed : change.websites()) {
			FiledWebsiteRow website = website(changed.wzid());
			if (!website.entityIcpNumber().equals(entity.icpNumber())) {
				throw new RefusedData(1016, "website Wzid %d is not filed under entity Ztid %d"
					.formatted(changed.wzid(), change.ztid()));
			}
			if (!website.icpNumber().equals(changed.icpNumber())) {
				throw new RefusedData(1016, "Baxh %s is not the number of website Wzid %d (%s)"
					.formatted(changed.icpNumber(), changed.wzid(), website.icpNumber()));
			}
			Set<Long> ymids = register.findDomainsOfWebsite(website.icpNumber()).stream().map(FiledDomainRow::ymid)
				.filter(Objects::nonNull).collect(Collectors.toSet());
			for (UploadedDomain domain : changed.domains()) {
				if (domain.ymid() != null && !ymids.contains(domain.ymid())) {
					throw new RefusedData(1016, "Ymid %d is no domain of website %s".formatted(domain.ymid(),
							website.icpNumber()));
				}
			}
			Map<Long, FiledAccessRow> accesses = accessesOf(website);
			Set<Long> ipids = register.findIpRangesOfWebsite(website.icpNumber()).stream().map(FiledIpRangeRow::ipid)
				.collect(Collectors.toSet());
			for (UploadedAccess access : changed.accesses()) {
				FiledAccessRow filed = accesses.get(access.jrid());
				if (filed == null) {
					throw new RefusedData(1016, "Jrid %d is no access of website %s".formatted(access.jrid(),
							website.icpNumber()));
				}
				if (filed.providerId() != provider) {
					throw new RefusedData(1048, "access Jrid %d is another provider's".formatted(access.jrid()));
				}
				for (UploadedRange range : access.ranges()) {
					if (range.ipid() != null && !ipids.contains(range.ipid())) {
						throw new RefusedData(1016, "Ipid %d is no range of access Jrid %d".formatted(range.ipid(),
								access.jrid()));
					}
				}
			}
			hosted |= accesses.values().stream().anyMatch(access -> access.providerId() == provider);
		}
		if (!hosted && !hosts(entity, provider)) {
			throw new RefusedData(1048, "entity %s has no access of this provider".formatted(entity.icpNumber()));
		}
		if (pending.stream().anyMatch(other -> other.change() != null && other.jlid() == change.ztid())) {
			throw new RefusedData(1017, "a change of entity %s is already under review".formatted(entity.icpNumber()));
		}
	}

	private void checkCancel(Province province, UploadedCancel cancel, long provider, List<ChangeUnderReview> pending,
			Set<Integer> validReasons, boolean keepOnlyAccess, Instant now) {
		if (!validReasons.contains(cancel.reason())) {
			throw new RefusedData(1026, "Zxly %d is no valid cancel reason".formatted(cancel.reason()));
		}
		switch (cancel.zxlb()) {
			case 0 -> {
				FiledEntityRow entity = entity(cancel.jlid());
				checkPassword(province, entity.icpNumber(), cancel.filingPasswordMd5(), true, now);
				if (!hosts(entity, provider)) {
					throw new RefusedData(1048, "entity %s has no access of this provider".formatted(entity.icpNumber()));
				}
				requireNotPending(pending, 0, cancel.jlid(), 1027, "the cancellation of entity " + entity.icpNumber());
				for (FiledWebsiteRow website : register.findWebsitesOfEntity(entity.icpNumber())) {
					requireNotPending(pending, 1, website.wzid(), 1043, "the cancellation of its website "
							+ website.icpNumber());
				}
			}
			case 1 -> {
				FiledWebsiteRow website = website(cancel.jlid());
				checkPassword(province, website.icpNumber(), cancel.filingPasswordMd5(), false, now);
				if (accessesOf(website).values().stream().noneMatch(access -> access.providerId() == provider)) {
					throw new RefusedData(1048, "website %s has no access of this provider".formatted(website.icpNumber()));
				}
				requireNotPending(pending, 1, cancel.jlid(), 1030, "the cancellation of website " + website.icpNumber());
				FiledEntityRow entity = register.findEntity(website.entityIcpNumber());
				requireNotPending(pending, 0, entity.ztid(), 1042, "the cancellation of its entity " + entity.icpNumber());
			}
			default -> {
				FiledAccessRow access = register.findAccess(cancel.jlid());
				if (access == null) {
					throw new RefusedData(1016, (register.wasRemoved(ACCESS, cancel.jlid()) ? "access Jrid %d was cancelled"
							: "no filed access has Jrid %d").formatted(cancel.jlid()));
				}
				checkPassword(province, access.websiteIcpNumber(), cancel.filingPasswordMd5(), false, now);
				if (access.providerId() != provider) {
					throw new RefusedData(1047, "access Jrid %d is another provider's".formatted(cancel.jlid()));
				}
				requireNotPending(pending, 2, cancel.jlid(), 1032, "the cancellation of access Jrid " + cancel.jlid());
				if (keepOnlyAccess && register.findAccessesOfWebsite(access.websiteIcpNumber()).size() == 1) {
					throw new RefusedData(1025, "access Jrid %d is the only one of website %s"
						.formatted(cancel.jlid(), access.websiteIcpNumber()));
				}
			}
		}
	}

	private static void requireNotPending(List<ChangeUnderReview> pending, int zxlb, long jlid, int code, String what) {
		if (pending.stream().anyMatch(other -> Objects.equals(other.zxlb(), zxlb) && other.jlid() == jlid)) {
			throw new RefusedData(code, what + " is already under review");
		}
	}

	// ICPmm, when given (or required), must be the password the register knows for the entity
	private void checkPassword(Province province, String icpNumber, String offeredMd5, boolean required, Instant now) {
		if (offeredMd5 == null) {
			if (required) {
				throw new RefusedData(1018, "ICPmm is required to cancel an entity");
			}
			return;
		}
		String known = filings.passwordMd5(province, icpNumber, offeredMd5, now).orElse(null);
		if (known == null || !known.equalsIgnoreCase(offeredMd5)) {
			throw new RefusedData(1018, "ICPmm is not the filing password of " + icpNumber);
		}
	}

	private boolean hosts(FiledEntityRow entity, long provider) {
		return register.findWebsitesOfEntity(entity.icpNumber()).stream()
			.anyMatch(website -> accessesOf(website).values().stream().anyMatch(access -> access.providerId() == provider));
	}

	private Map<Long, FiledAccessRow> accessesOf(FiledWebsiteRow website) {
		return register.findAccessesOfWebsite(website.icpNumber()).stream()
			.collect(Collectors.toMap(FiledAccessRow::jrid, Function.identity()));
	}

	private FiledEntityRow entity(long ztid) {
		FiledEntityRow entity = register.findEntityByZtid(ztid);
		if (entity == null) {
			throw register.wasRemoved(ENTITY, ztid) ? new RefusedData(1049, "entity Ztid %d was cancelled".formatted(ztid))
					: new RefusedData(1058, "no filed entity has Ztid %d".formatted(ztid));
		}
		if (entity.cancelledAt() != null) {
			// the bureau cancelled it of its own accord (ZXSJ): the row stays, marked
			throw new RefusedData(1049, "entity Ztid %d was cancelled by the bureau".formatted(ztid));
		}
		return entity;
	}

	private FiledWebsiteRow website(long wzid) {
		FiledWebsiteRow website = register.findWebsiteByWzid(wzid);
		if (website == null) {
			throw register.wasRemoved(WEBSITE, wzid) ? new RefusedData(1050, "website Wzid %d was cancelled".formatted(wzid))
					: new RefusedData(1059, "no filed website has Wzid %d".formatted(wzid));
		}
		if (website.cancelledAt() != null) {
			throw new RefusedData(1050, "website Wzid %d was cancelled by the bureau".formatted(wzid));
		}
		FiledEntityRow entity = register.findEntity(website.entityIcpNumber());
		if (entity != null && entity.cancelledAt() != null) {
			throw new RefusedData(1049, "website Wzid %d belongs to entity %s, cancelled by the bureau".formatted(wzid,
					entity.icpNumber()));
		}
		return website;
	}

	/** The ICP number a result may name the record by: the entity's a change gave, else the target's; null if none. */
	String icpNumberOf(ChangeUnderReview item) {
		if (item.change() != null) {
			return item.change().entityIcpNumber();
		}
		long jlid = item.cancel().jlid();
		return switch (item.cancel().zxlb()) {
			case 0 -> {
				FiledEntityRow entity = register.findEntityByZtid(jlid);
				yield entity == null ? null : entity.icpNumber();
			}
			case 1 -> {
				FiledWebsiteRow website = register.findWebsiteByWzid(jlid);
				yield website == null ? null : website.icpNumber();
			}
			default -> {
				FiledAccessRow access = register.findAccess(jlid);
				yield access == null ? null : access.websiteIcpNumber();
			}
		};
	}

	/** Domains a change adds that another website holds already (1005). */
	List<String> domainsFiledElsewhere(UploadedChange change) {
		List<String> taken = new ArrayList<>();
		for (UploadedChangedWebsite changed : change.websites()) {
			List<String> added = changed.domains().stream().filter(domain -> domain.ymid() == null)
				.map(domain -> domain.domain().toLowerCase(Locale.ROOT)).toList();
			FiledWebsiteRow website = register.findWebsiteByWzid(changed.wzid());
			Set<String> own = website == null ? Set.of() : register.findDomainsOfWebsite(website.icpNumber()).stream()
				.map(FiledDomainRow::domain).collect(Collectors.toSet());
			filings.alreadyFiled(added).stream().filter(domain -> !own.contains(domain)).forEach(taken::add);
		}
		return taken;
	}

	/**
	 * Makes an approved change the filed data and returns the entity with every website as filed now, ids included
	 * (its BASJ record).
	 *
	 * @throws RefusedData when what it changes was cancelled or removed meanwhile
	 */
	FiledRecord applyChange(Province province, UploadedChange change, long reviewId, Instant now) {
		FiledEntityRow entity = entity(change.ztid());
		if (change.entityName() != null) {
			register.updateEntityName(entity.icpNumber(), change.entityName());
		}
		for (UploadedChangedWebsite changed : change.websites()) {
			FiledWebsiteRow website = website(changed.wzid());
			if (changed.name() != null) {
				register.updateWebsiteName(website.icpNumber(), changed.name());
			}
			replaceDomains(province, website, changed.domains(), reviewId, now);
			for (UploadedAccess access : changed.accesses()) {
				replaceRanges(province, website, access, reviewId, now);
			}
		}
		FiledEntityRow current = register.findEntity(entity.icpNumber());
		return new FiledRecord(
				new FiledEntity(current.ispZtid(), current.ztid(), current.icpNumber(),
						FiledParticulars.entity(current.name(), current.province(), current.ztid(), current.filedAt())),
				register.findWebsitesOfEntity(entity.icpNumber()).stream().map(filings::filedWebsite).toList());
	}

	private void replaceDomains(Province province, FiledWebsiteRow website, List<UploadedDomain> domains, long reviewId,
			Instant now) {
		List<FiledDomainRow> filed = register.findDomainsOfWebsite(website.icpNumber());
		Set<Long> kept = domains.stream().map(UploadedDomain::ymid).filter(Objects::nonNull).collect(Collectors.toSet());
		for (FiledDomainRow row : filed) {
			if (row.ymid() == null || !kept.contains(row.ymid())) {
				register.insertRemoved(new RemovedRow(province.code(), DOMAIN, row.ymid() == null ? 0 : row.ymid(),
						website.wzid(), website.icpNumber(), row.domain(), reviewId, now));
				register.deleteDomain(row.domain());
			}
		}
		long next = highest(DOMAIN, website.wzid(), website.wzid() * 100,
				filed.stream().map(FiledDomainRow::ymid).filter(Objects::nonNull).toList());
		List<FiledDomainRow> added = new ArrayList<>();
		for (UploadedDomain domain : domains) {
			String name = domain.domain().toLowerCase(Locale.ROOT);
			if (domain.ymid() != null) {
				register.updateDomain(website.icpNumber(), domain.ymid(), name, domain.ispYmid());
			}
			else if (filings.alreadyFiled(List.of(name)).isEmpty()) {
				// a forced approval may add a domain filed elsewhere: the earlier filing keeps it
				added.add(new FiledDomainRow(name, ++next, domain.ispYmid()));
			}
		}
		if (!added.isEmpty()) {
			register.insertDomains(website.icpNumber(), province.code(), added, now);
		}
	}

	private void replaceRanges(Province province, FiledWebsiteRow website, UploadedAccess access, long reviewId,
			Instant now) {
		List<FiledIpRangeRow> filed = register.findIpRangesOfWebsite(website.icpNumber()).stream()
			.filter(range -> range.jrid() == access.jrid()).toList();
		Set<Long> kept = access.ranges().stream().map(UploadedRange::ipid).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		for (FiledIpRangeRow row : filed) {
			if (!kept.contains(row.ipid())) {
				register.insertRemoved(new RemovedRow(province.code(), IP_RANGE, row.ipid(), access.jrid(),
						website.icpNumber(), row.startIp() + "-" + row.endIp(), reviewId, now));
				register.deleteIpRange(row.ipid());
			}
		}
		long next = highest(IP_RANGE, access.jrid(), access.jrid() * 100, filed.stream().map(FiledIpRangeRow::ipid).toList());
		int ordinal = filed.stream().mapToInt(FiledIpRangeRow::ordinal).max().orElse(-1);
		List<FiledIpRangeRow> added = new ArrayList<>();
		for (UploadedRange range : access.ranges()) {
			if (range.ipid() != null) {
				register.updateIpRange(range.ipid(), range.ispIpid(), range.start(), range.end());
			}
			else {
				added.add(new FiledIpRangeRow(++next, access.jrid(), ++ordinal, range.ispIpid(), range.start(), range.end()));
			}
		}
		if (!added.isEmpty()) {
			register.insertIpRanges(added);
		}
	}

	// new ids follow the highest ever issued under the parent, removed ones included, so none comes back
	private long highest(String kind, long parentId, long base, List<Long> current) {
		long highest = base;
		for (long id : current) {
			highest = Math.max(highest, id);
		}
		Long removed = register.findHighestRemovedId(kind, parentId);
		return removed == null ? highest : Math.max(highest, removed);
	}

	/**
	 * Carries out an approved cancellation: the entity with its websites, the website or the access leaves the
	 * register (status queries say "not filed", its domains are free again).
	 *
	 * @throws RefusedData when its target was cancelled or removed meanwhile
	 */
	void cancel(Province province, UploadedCancel cancel, long reviewId, Instant now) {
		switch (cancel.zxlb()) {
			case 0 -> {
				FiledEntityRow entity = entity(cancel.jlid());
				for (FiledWebsiteRow website : register.findWebsitesOfEntity(entity.icpNumber())) {
					removeWebsite(province, website, reviewId, now);
				}
				register.insertRemoved(new RemovedRow(province.code(), ENTITY, entity.ztid(), null, entity.icpNumber(),
						ChangeUnderReview.detail(entity), reviewId, now));
				register.deleteEntity(entity.icpNumber());
			}
			case 1 -> removeWebsite(province, website(cancel.jlid()), reviewId, now);
			default -> {
				FiledAccessRow access = register.findAccess(cancel.jlid());
				if (access == null) {
					throw new RefusedData(1016, "access Jrid %d is no longer filed".formatted(cancel.jlid()));
				}
				removeAccess(province, access, reviewId, now);
			}
		}
	}

	private void removeWebsite(Province province, FiledWebsiteRow website, long reviewId, Instant now) {
		FiledEntityRow entity = register.findEntity(website.entityIcpNumber());
		register.insertRemoved(new RemovedRow(province.code(), WEBSITE, website.wzid(), entity == null ? null : entity.ztid(),
				website.icpNumber(), ChangeUnderReview.detail(filings.filedWebsite(website)), reviewId, now));
		for (FiledAccessRow access : register.findAccessesOfWebsite(website.icpNumber())) {
			removeAccess(province, access, reviewId, now);
		}
		register.deleteDomainsOfWebsite(website.icpNumber());
		register.deleteWebsite(website.icpNumber());
	}

	private void removeAccess(Province province, FiledAccessRow access, long reviewId, Instant now) {
		register.insertRemoved(new RemovedRow(province.code(), ACCESS, access.jrid(), null, access.websiteIcpNumber(),
				ChangeUnderReview.detail(access), reviewId, now));
		register.deleteIpRangesOfAccess(access.jrid());
		register.deleteAccess(access.jrid());
	}

}
