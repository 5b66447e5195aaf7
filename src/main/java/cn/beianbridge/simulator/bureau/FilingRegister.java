package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.simulator.bureau.SimulatorRows.DomainStatus;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledEntityRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledWebsiteRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/**
 * Files approved records: issues the ICP numbers and bureau ids and remembers entities, websites and domains; and
 * cancels them (a cancelled filing stays, marked, and its domains are free to be filed again).
 * Bureau ids are derived, not drawn: an entity's {@code Ztid} is its province code and serial
 * ({@code 332026000001}), a website's {@code Wzid} that times 1000 plus its index.
 */
class FilingRegister {

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
				item.row().ispZtid(), item.row().entityName(), settings.filingPasswordMd5(), 0, now, null);
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
			website = new FiledWebsiteRow(number.toString(), entity.icpNumber(), province.code(), item.row().wzid(), null,
					null, now, null);
			register.insertWebsite(website);
		}
		return new FiledRecord(filedEntity(entity, null), List.of(new FiledWebsite(website.ispWzid(), website.wzid(),
				website.icpNumber(), FiledParticulars.website(website.name(), website.wzid(),
						register.findDomainsOfWebsite(website.icpNumber())))));
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
					ztid == null ? ztid(province, number) : ztid, null, null, passwordMd5, 1, now, null);
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
			if (!domains.isEmpty()) {
				register.insertDomains(website.icpNumber(), province.code(), domains, now);
				domainsTaken.addAll(domains);
			}
			filed.add(new FiledWebsite(website.ispWzid(), website.wzid(), website.icpNumber(),
					FiledParticulars.website(website.name(), website.wzid(), domains)));
		}
		register.updateLastWebsiteIndex(entity.icpNumber(), index);
		return filed;
	}

	List<String> alreadyFiled(List<String> domains) {
		return domains.isEmpty() ? List.of() : register.findFiledDomains(domains);
	}

	Optional<DomainStatus> status(String domain) {
		return Optional.ofNullable(register.findDomainStatus(domain.toLowerCase(Locale.ROOT)));
	}

	/**
	 * The number of the filed, not cancelled, entity with this certificate; the simulator keeps no certificates but
	 * the stand-ins its BASJ records carry ({@link FiledParticulars#ztidOfCertificate}).
	 */
	Optional<String> entityByCertificate(int certificateType, String certificateNumber) {
		return FiledParticulars.ztidOfCertificate(certificateType, certificateNumber)
			.map(register::findEntityByZtid)
			.filter(entity -> !entity.cancelled())
			.map(FiledEntityRow::icpNumber);
	}

	/** The filing password (hex MD5) of the entity an ICP number belongs to, if this simulator knows it. */
	Optional<String> passwordMd5(String icpNumber) {
		return IcpNumber.parse(icpNumber)
			.map(number -> register.findEntity(number.entityNumber().toString()))
			.filter(entity -> !entity.cancelled())
			.map(FiledEntityRow::passwordMd5);
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
