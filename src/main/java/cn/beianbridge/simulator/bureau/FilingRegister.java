package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * Files approved records: issues the ICP numbers and bureau ids and remembers entities, websites and domains.
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
				item.row().ispZtid(), item.row().entityName(), settings.filingPasswordMd5(), 0, now,
				item.row().certificateNumber());
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
		if (website == null) {
			website = new FiledWebsiteRow(number.toString(), entity.icpNumber(), province.code(), item.row().wzid(), null,
					null, now);
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
					entity.ztid() * 1000 + index, site.ispWzid(), site.name(), now);
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

	/** The entity filed under this certificate number (by XZBA), the first one if several. */
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
