package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedNewAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRange;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.simulator.bureau.SimulatorRows.DomainStatus;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledAccessRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledDomainRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledEntityRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledIpRangeRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledWebsiteRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/**
 * Files approved records: issues the ICP numbers and bureau ids and remembers entities, websites, domains, accesses
 * and IP ranges with our ids for them, which every BASJ sends back. Bureau ids are derived, not drawn, and kept: an
 * entity's {@code Ztid} is its province code and serial ({@code 332026000001}), a website's {@code Wzid} that times
 * 1000 plus its index, a domain's {@code Ymid} and an access's {@code Jrid} derived from the {@code Wzid}. It also
 * cancels them: a cancelled filing stays, marked, and its domains are free to be filed again.
 */
class FilingRegister {

	/** The Ispid of the provider that filed a website the simulator did not file itself. */
	private static final long OTHER_PROVIDER = 1;

	private final SimulatorRegisterMapper register;

	private final IcpSerials serials;

	private final BureauSimulatorSettings settings;

	FilingRegister(SimulatorRegisterMapper register, IcpSerials serials, BureauSimulatorSettings settings) {
		this.register = register;
		this.serials = serials;
		this.settings = settings;
	}

	/** @throws RefusedData when the record names an ICP number that cannot be one */
	FiledRecord file(Province province, ReviewItem item, Instant now) {
		return switch (item.czlx()) {
			case 1 -> firstFiling(province, item, now);
			case 2 -> newWebsite(province, item, now);
			default -> newAccess(province, item, now);
		};
	}

	private FiledRecord firstFiling(Province province, ReviewItem item, Instant now) {
		IcpNumber number = serials.next(province, now.atZone(ChinaTime.ZONE).getYear());
		FiledEntityRow entity = new FiledEntityRow(number.toString(), province.code(), ztid(province, number),
				item.row().ispZtid(), item.row().entityName(), settings.filingPasswordMd5(), 0, now,
				item.row().certificateNumber(), null);
		register.insertEntity(entity);
		return new FiledRecord(filedEntity(entity, entity.ispZtid()), addWebsites(province, entity, item, now));
	}

	private FiledRecord newWebsite(Province province, ReviewItem item, Instant now) {
		IcpNumber number = icpNumber(item.row().ztbah() != null ? item.row().ztbah() : entityNumberOf(item.row().ztid()),
				"Ztbah").entityNumber();
		FiledEntityRow entity = entity(province, number, item.row().ztid(), item.row().passwordMd5(), now);
		return new FiledRecord(filedEntity(entity, null), addWebsites(province, entity, item, now));
	}

	private FiledRecord newAccess(Province province, ReviewItem item, Instant now) {
		IcpNumber number = icpNumber(item.row().wzbah() != null ? item.row().wzbah() : websiteNumberOf(item.row().wzid()),
				"Wzbah");
		if (!number.isWebsiteNumber()) {
			throw new RefusedData(1003, "Wzbah %s is not a website's ICP number".formatted(number));
		}
		FiledEntityRow entity = entity(province, number.entityNumber(), null, item.row().passwordMd5(), now);
		FiledWebsiteRow website = register.findWebsite(number.toString());
		if (website != null && website.cancelled()) {
			throw new RefusedData(1050, "website %s was cancelled".formatted(website.icpNumber()));
		}
		if (website == null) {
			if (item.row().wzid() == null) {
				throw new RefusedData(1059, "no filed website has the number %s".formatted(number));
			}
			website = fileElsewhere(province, number, item.row().wzid(), List.of(), providerId(item), now);
		}
		fileAccess(province, website, providerId(item), item.row().access(), now);
		return new FiledRecord(filedEntity(entity, null), List.of(filedWebsite(website)));
	}

	private static FiledEntity filedEntity(FiledEntityRow entity, Long ispZtid) {
		return new FiledEntity(ispZtid, entity.ztid(), entity.icpNumber(),
				FiledParticulars.entity(entity.name(), entity.province(), entity.ztid(), entity.filedAt()));
	}

	// An entity filed before the simulator knew it has at least its first website (-1).
	private FiledEntityRow entity(Province province, IcpNumber number, Long ztid, String passwordMd5, Instant now) {
		FiledEntityRow entity = register.findEntity(number.toString());
		if (entity == null) {
			entity = new FiledEntityRow(number.toString(), province.code(),
					ztid == null ? ztid(province, number) : ztid, null, null, passwordMd5, 1, now, null, null);
			register.insertEntity(entity);
		}
		if (entity.cancelled()) {
			throw new RefusedData(1049, "entity %s was cancelled".formatted(entity.icpNumber()));
		}
		return entity;
	}

	private List<FiledWebsite> addWebsites(Province province, FiledEntityRow entity, ReviewItem item, Instant now) {
		IcpNumber entityNumber = IcpNumber.parse(entity.icpNumber()).orElseThrow();
		List<FiledWebsite> filed = new ArrayList<>();
		List<String> domainsTaken = new ArrayList<>();
		int index = entity.lastWebsiteIndex();
		for (ReviewWebsiteRow site : item.websites()) {
			index++;
			IcpNumber number = new IcpNumber(entityNumber.abbreviation(), entityNumber.kind(), entityNumber.serial(), index);
			FiledWebsiteRow website = new FiledWebsiteRow(number.toString(), entity.icpNumber(), province.code(),
					entity.ztid() * 1000 + index, site.ispWzid(), site.name(), now, null);
			register.insertWebsite(website);
			// A forced approval may carry a domain filed already: the earlier filing keeps it.
			List<String> candidates = site.domainList().stream().map(d -> d.toLowerCase(Locale.ROOT)).distinct().toList();
			List<String> filedBefore = alreadyFiled(candidates);
			List<String> domains = candidates.stream()
				.filter(d -> !domainsTaken.contains(d) && !filedBefore.contains(d))
				.toList();
			Map<String, Long> ispYmids = site.ispYmidsByDomain();
			List<FiledDomainRow> rows = new ArrayList<>();
			for (int i = 0; i < domains.size(); i++) {
				rows.add(new FiledDomainRow(domains.get(i), ymid(website, i), ispYmids.get(domains.get(i))));
			}
			fileDomains(province, website, rows, now);
			domainsTaken.addAll(domains);
			fileAccess(province, website, providerId(item), site.access(), now);
			filed.add(filedWebsite(website));
		}
		register.updateLastWebsiteIndex(entity.icpNumber(), index);
		return filed;
	}

	/**
	 * A website filed through another provider (its access that provider's), which the simulator may not have filed
	 * itself: a new access to it comes back beside the access already there, as a bureau sends it.
	 *
	 * @param domains as filed; none leaves a stand-in (a website is filed with at least one)
	 * @param ourProvider the Ispid the other provider's must differ from
	 */
	FiledWebsiteRow fileElsewhere(Province province, IcpNumber number, long wzid, List<String> domains, long ourProvider,
			Instant now) {
		FiledEntityRow entity = entity(province, number.entityNumber(), null, null, now);
		FiledWebsiteRow website = new FiledWebsiteRow(number.toString(), entity.icpNumber(), province.code(), wzid, null,
				null, now, null);
		register.insertWebsite(website);
		List<FiledDomainRow> rows = new ArrayList<>();
		for (String domain : domains) {
			rows.add(new FiledDomainRow(domain.toLowerCase(Locale.ROOT), ymid(website, rows.size()), null));
		}
		fileDomains(province, website, rows, now);
		fileAccess(province, website, ourProvider == OTHER_PROVIDER ? OTHER_PROVIDER + 1 : OTHER_PROVIDER, null, now);
		return website;
	}

	// a website is filed with at least one domain (Ym_xx is required): one filed already leaves a stand-in
	/**
	 * Files one more domain under a website of the register, with the next stable {@code Ymid}.
	 *
	 * @throws IllegalArgumentException when the simulator has filed no such website
	 */
	void addDomain(String websiteIcpNumber, String domain, Instant now) {
		FiledWebsiteRow website = register.findWebsite(websiteIcpNumber);
		if (website == null) {
			throw new IllegalArgumentException("The simulated bureaus have filed no website " + websiteIcpNumber);
		}
		int filed = register.findDomainsOfWebsite(websiteIcpNumber).size();
		register.insertDomains(websiteIcpNumber, website.province(),
				List.of(new FiledDomainRow(domain.toLowerCase(Locale.ROOT), ymid(website, filed), null)), now);
	}

	private void fileDomains(Province province, FiledWebsiteRow website, List<FiledDomainRow> domains, Instant now) {
		List<FiledDomainRow> rows = domains.isEmpty()
				? List.of(new FiledDomainRow(FiledParticulars.standInDomain(website.wzid()), ymid(website, 0), null))
				: domains;
		register.insertDomains(website.icpNumber(), province.code(), rows, now);
	}

	/**
	 * Files an access with its stable ids: {@code Jrid} the website's {@code Wzid} times 10 plus its index,
	 * {@code Ipid} that times 100 plus the range's. Without our ids (another provider's) it gets a stand-in range.
	 */
	private void fileAccess(Province province, FiledWebsiteRow website, long provider, UploadedNewAccess ours,
			Instant now) {
		int index = register.findAccessesOfWebsite(website.icpNumber()).size() + 1;
		long jrid = website.wzid() * 10 + index;
		register.insertAccess(new FiledAccessRow(jrid, website.icpNumber(), provider, ours == null ? null : ours.ispJrid()),
				province.code(), now);
		List<UploadedRange> ranges = ours == null || ours.ranges().isEmpty()
				? List.of(new UploadedRange(0, null, FiledParticulars.STAND_IN_ADDRESS, FiledParticulars.STAND_IN_ADDRESS))
				: ours.ranges();
		List<FiledIpRangeRow> rows = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			UploadedRange range = ranges.get(i);
			rows.add(new FiledIpRangeRow(jrid * 100 + i + 1, jrid, i, range.ispIpid() == 0 ? null : range.ispIpid(),
					range.start(), range.end()));
		}
		register.insertIpRanges(rows);
	}

	/** The website as this register holds it: every domain and access, with the bureau's ids and ours. */
	FiledWebsite filedWebsite(FiledWebsiteRow website) {
		List<FiledDomainRow> domainRows = register.findDomainsOfWebsite(website.icpNumber());
		List<FiledDomain> domains = new ArrayList<>();
		for (int i = 0; i < domainRows.size(); i++) {
			FiledDomainRow row = domainRows.get(i);
			domains.add(new FiledDomain(row.ymid() != null ? row.ymid() : ymid(website, i), row.domain(), row.ispYmid()));
		}
		Map<Long, List<FiledIpRange>> ranges = register.findIpRangesOfWebsite(website.icpNumber())
			.stream()
			.collect(Collectors.groupingBy(FiledIpRangeRow::jrid, Collectors.mapping(
					range -> new FiledIpRange(range.ipid(), range.startIp(), range.endIp(), range.ispIpid()),
					Collectors.toList())));
		List<FiledAccess> accesses = register.findAccessesOfWebsite(website.icpNumber())
			.stream()
			.map(access -> new FiledAccess(access.jrid(), access.providerId(), FiledParticulars.FIRST_CODE,
					FiledParticulars.FIRST_CODE, ranges.getOrDefault(access.jrid(), List.of()), access.ispJrid()))
			.toList();
		return new FiledWebsite(website.ispWzid(), website.wzid(), website.icpNumber(), domains, accesses,
				FiledParticulars.website(website.name(), website.wzid()));
	}

	// Ymid: the website's Wzid times 100 plus the domain's place
	private static long ymid(FiledWebsiteRow website, int index) {
		return website.wzid() * 100 + index + 1;
	}

	// the uploading provider's Ispid is its Qqdwid (inferred: both are the provider's id at the bureau)
	private static long providerId(ReviewItem item) {
		return item.row().qqdwid() != null ? item.row().qqdwid() : OTHER_PROVIDER;
	}

	List<String> alreadyFiled(List<String> domains) {
		return domains.isEmpty() ? List.of() : register.findFiledDomains(domains);
	}

	Optional<DomainStatus> status(String domain) {
		return Optional.ofNullable(register.findDomainStatus(domain.toLowerCase(Locale.ROOT)));
	}

	/** The entity filed (and not cancelled) under this certificate number (by XZBA), the first one if several. */
	Optional<FiledEntityRow> entityWithCertificate(String certificateNumber) {
		return Optional.ofNullable(register.findEntityByCertificate(certificateNumber.strip()));
	}

	/**
	 * The filing password (hex MD5) of the entity an ICP number (its own or a website's) belongs to. An entity this
	 * simulator did not file was filed before it existed: as its uploads do, the first check of its number teaches
	 * the simulator that password, and later checks are held to it. Empty when the text is no ICP number.
	 */
	Optional<String> passwordMd5(Province province, String icpNumber, String offeredMd5, Instant now) {
		Optional<IcpNumber> number = IcpNumber.parse(icpNumber).map(IcpNumber::entityNumber);
		if (number.isEmpty()) {
			return Optional.empty();
		}
		String entityNumber = number.get().toString();
		FiledEntityRow entity = register.findEntity(entityNumber);
		if (entity != null && entity.cancelled()) {
			// no filing has that number any more: no password is right
			return Optional.empty();
		}
		if (entity != null && entity.passwordMd5() != null) {
			return Optional.of(entity.passwordMd5());
		}
		String learned = register.findLearnedPassword(entityNumber);
		if (learned == null) {
			register.learnPassword(entityNumber, province.code(), offeredMd5, now);
			learned = register.findLearnedPassword(entityNumber);
		}
		return Optional.ofNullable(learned);
	}

	/**
	 * The filed entity or website an ICP number or a bureau id ({@code Ztid}, {@code Wzid}) names, cancelled or not.
	 */
	Optional<FiledTarget> find(String numberOrId) {
		String text = numberOrId.strip();
		Optional<IcpNumber> number = IcpNumber.parse(text);
		if (number.isPresent()) {
			return number.get().isWebsiteNumber() ? website(register.findWebsite(number.get().toString()))
					: entity(register.findEntity(number.get().toString()));
		}
		if (!text.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		long id = Long.parseLong(text);
		return entity(register.findEntityByZtid(id)).or(() -> website(register.findWebsiteByWzid(id)));
	}

	/** An entity or website of the province still filed, drawn at random; empty when it has filed nothing. */
	Optional<FiledTarget> anyFiled(String province, RandomGenerator random) {
		List<String> entities = register.findFiledEntities(province);
		List<String> websites = register.findFiledWebsites(province);
		if (entities.isEmpty()) {
			return Optional.empty();
		}
		if (websites.isEmpty() || random.nextBoolean()) {
			return entity(register.findEntity(entities.get(random.nextInt(entities.size()))));
		}
		return website(register.findWebsite(websites.get(random.nextInt(websites.size()))));
	}

	/** The websites of an entity still filed, in the order they were filed. */
	List<FiledWebsiteRow> filedWebsitesOf(String entityIcpNumber) {
		return register.findWebsitesOfEntity(entityIcpNumber).stream().filter(website -> !website.cancelled()).toList();
	}

	/**
	 * Cancels an entity and every website of it still filed: their numbers are no longer filed, their domains free.
	 *
	 * @return the websites cancelled with it
	 */
	List<FiledWebsiteRow> cancelEntity(FiledEntityRow entity, Instant now) {
		List<FiledWebsiteRow> websites = filedWebsitesOf(entity.icpNumber());
		websites.forEach(website -> cancelWebsite(website, now));
		register.markEntityCancelled(entity.icpNumber(), now);
		return websites;
	}

	void cancelWebsite(FiledWebsiteRow website, Instant now) {
		register.copyDomainsToCancelled(website.icpNumber(), now);
		register.deleteDomainsOfWebsite(website.icpNumber());
		register.markWebsiteCancelled(website.icpNumber(), now);
	}

	private static Optional<FiledTarget> entity(FiledEntityRow entity) {
		return Optional.ofNullable(entity).map(FiledTarget::new);
	}

	private static Optional<FiledTarget> website(FiledWebsiteRow website) {
		return Optional.ofNullable(website).map(FiledTarget::new);
	}

	/** A filed entity or website: exactly one of the two is set. */
	record FiledTarget(FiledEntityRow entity, FiledWebsiteRow website) {

		FiledTarget(FiledEntityRow entity) {
			this(entity, null);
		}

		FiledTarget(FiledWebsiteRow website) {
			this(null, website);
		}

		/** {@code Zxlb}: 0 entity, 1 website. */
		int kind() {
			return entity != null ? BureauCancellation.ENTITY : BureauCancellation.WEBSITE;
		}

		/** {@code Jlid}: the bureau's {@code Ztid} or {@code Wzid}. */
		long bureauId() {
			return entity != null ? entity.ztid() : website.wzid();
		}

		String icpNumber() {
			return entity != null ? entity.icpNumber() : website.icpNumber();
		}

		String province() {
			return entity != null ? entity.province() : website.province();
		}

		boolean cancelled() {
			return entity != null ? entity.cancelled() : website.cancelled();
		}

	}

	// A record may name a filed entity or website by the bureau's id instead of its number (the schema's choice).
	private String entityNumberOf(Long ztid) {
		FiledEntityRow entity = ztid == null ? null : register.findEntityByZtid(ztid);
		if (entity == null) {
			throw new RefusedData(1058, "no filed entity has Ztid %s".formatted(ztid));
		}
		return entity.icpNumber();
	}

	private String websiteNumberOf(Long wzid) {
		FiledWebsiteRow website = wzid == null ? null : register.findWebsiteByWzid(wzid);
		if (website == null) {
			throw new RefusedData(1059, "no filed website has Wzid %s".formatted(wzid));
		}
		return website.icpNumber();
	}

	private static IcpNumber icpNumber(String text, String field) {
		return IcpNumber.parse(text)
			.orElseThrow(() -> new RefusedData(1003, "%s '%s' is not an ICP number".formatted(field, text)));
	}

	private static long ztid(Province province, IcpNumber number) {
		return Long.parseLong(province.code() + number.serial());
	}

}
