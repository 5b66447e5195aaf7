package cn.beianbridge.filing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.filing.BureauIds.WebsiteIds;
import cn.beianbridge.filing.HostedObjects.Access;
import cn.beianbridge.filing.HostedObjects.Domain;
import cn.beianbridge.filing.HostedObjects.Entity;
import cn.beianbridge.filing.HostedObjects.Filing;
import cn.beianbridge.filing.HostedObjects.IpRange;
import cn.beianbridge.filing.HostedObjects.Website;
import cn.beianbridge.filing.internal.HostedObjectsMapper.DomainIdsRow;
import cn.beianbridge.filing.internal.HostedObjectsMapper.FilingIdsRow;
import cn.beianbridge.filing.internal.HostedObjectsMapper.IpRangeIdsRow;
import cn.beianbridge.filing.internal.HostedObjectsMapper.WebsiteIdsRow;

/** Reads what we host by the bureau's ids, and keeps the ids its BASJ brings. */
@Component
public class HostedObjectRows {

	private static final Logger log = LoggerFactory.getLogger(HostedObjectRows.class);

	private final HostedObjectsMapper mapper;

	private final FilingWriter writer;

	private final Clock clock;

	HostedObjectRows(HostedObjectsMapper mapper, FilingWriter writer, Clock clock) {
		this.mapper = mapper;
		this.writer = writer;
		this.clock = clock;
	}

	public Optional<Entity> entityByZtid(long ztid) {
		return entity(mapper.findFilingsByZtid(ztid));
	}

	public Optional<Entity> entityByIcpNumber(String icpNumber) {
		return icpNumber == null ? Optional.empty() : entity(mapper.findFilingsByEntityIcp(icpNumber));
	}

	public List<Website> websitesByWzid(long wzid) {
		return websites(mapper.findWebsitesByWzid(wzid));
	}

	public List<Website> websitesByIcpNumber(String icpNumber) {
		return icpNumber == null ? List.of() : websites(mapper.findWebsitesByIcp(icpNumber));
	}

	public List<Website> websitesByJrid(long jrid) {
		return websites(mapper.findWebsitesByJrid(jrid));
	}

	public List<Website> websitesById(List<Long> websiteIds) {
		return websiteIds.isEmpty() ? List.of() : websites(mapper.findWebsites(websiteIds));
	}

	private Optional<Entity> entity(List<FilingIdsRow> rows) {
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<Filing> filings = rows.stream().map(HostedObjectRows::filing).toList();
		List<Website> websites = websites(mapper.findWebsitesOfFilings(filings.stream().map(Filing::filingId).toList()));
		// the ids of the latest filing: an entity's number or id the bureau changed is the newer one there
		Long ztid = filings.stream().map(Filing::ztid).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
		String icpNumber = filings.stream().map(Filing::entityIcpNumber).filter(Objects::nonNull).reduce((a, b) -> b)
			.orElse(null);
		return Optional.of(new Entity(ztid, icpNumber, filings, websites));
	}

	private List<Website> websites(List<WebsiteIdsRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(WebsiteIdsRow::id).toList();
		Map<Long, Filing> filings = mapper.findFilings(rows.stream().map(WebsiteIdsRow::filingId).distinct().toList())
			.stream()
			.map(HostedObjectRows::filing)
			.collect(Collectors.toMap(Filing::filingId, Function.identity()));
		Map<Long, List<Domain>> domains = mapper.findDomains(ids).stream().collect(Collectors.groupingBy(
				DomainIdsRow::websiteId, Collectors.mapping(d -> new Domain(d.id(), d.bureauYmid(), d.domain()),
						Collectors.toList())));
		Map<Long, List<IpRange>> ranges = mapper.findIpRanges(ids).stream().collect(Collectors.groupingBy(
				IpRangeIdsRow::websiteId, Collectors.mapping(r -> new IpRange(r.id(), r.bureauIpid(), r.startIp(),
						r.endIp()), Collectors.toList())));
		return rows.stream()
			.map(w -> new Website(w.id(), filings.get(w.filingId()), w.consoleWebsiteId(), w.name(),
					firstOf(w.bureauWzid(), w.bureauWebsiteId()), firstOf(w.approvedIcpNumber(), w.icpNumber()),
					new Access(w.id(), w.bureauJrid(), ranges.getOrDefault(w.id(), List.of())),
					domains.getOrDefault(w.id(), List.of())))
			.toList();
	}

	private static Filing filing(FilingIdsRow row) {
		return new Filing(row.id(), row.consoleFilingId(), row.filingType(), row.province(), row.state(),
				firstOf(row.bureauZtid(), row.bureauEntityId()), firstOf(row.approvedEntityIcp(), row.entityIcpNumber()));
	}

	private static <T> T firstOf(T kept, T given) {
		return kept != null ? kept : given;
	}

	/** @see cn.beianbridge.filing.BureauIds#keep */
	public List<String> keep(WebsiteIds ids, String actor, String cause) {
		List<WebsiteIdsRow> found = mapper.findWebsites(List.of(ids.websiteId()));
		if (found.isEmpty()) {
			throw new IllegalArgumentException("No website with id " + ids.websiteId());
		}
		WebsiteIdsRow website = found.get(0);
		FilingIdsRow filing = mapper.findFilings(List.of(website.filingId())).get(0);
		List<String> changed = new ArrayList<>();
		String site = "website " + website.consoleWebsiteId();
		if (ids.ztid() != null && toWrite("Ztid", "the entity", filing.bureauZtid(), filing.bureauEntityId(), ids.ztid(),
				changed)) {
			mapper.updateZtid(filing.id(), ids.ztid());
		}
		if (toWrite("Wzid", site, website.bureauWzid(), website.bureauWebsiteId(), ids.wzid(), changed)) {
			mapper.updateWzid(website.id(), ids.wzid());
		}
		if (ids.jrid() != null && toWrite("Jrid", "our access to " + site, website.bureauJrid(), null, ids.jrid(),
				changed)) {
			mapper.updateJrid(website.id(), ids.jrid());
		}
		for (DomainIdsRow domain : mapper.findDomains(List.of(website.id()))) {
			Long ymid = ids.ymids().get(domain.id());
			if (ymid != null && toWrite("Ymid", "domain " + domain.domain(), domain.bureauYmid(), null, ymid, changed)) {
				mapper.updateYmid(domain.id(), ymid);
			}
		}
		for (IpRangeIdsRow range : mapper.findIpRanges(List.of(website.id()))) {
			Long ipid = ids.ipids().get(range.id());
			if (ipid != null && toWrite("Ipid", "IP range " + range.startIp() + "-" + range.endIp(), range.bureauIpid(),
					null, ipid, changed)) {
				mapper.updateIpid(range.id(), ipid);
			}
		}
		for (String change : changed) {
			log.warn("Filing {}: the bureau changed an id it had given: {} ({})", filing.consoleFilingId(), change, cause);
			writer.noted(filing.id(), filing.state(), clock.instant(), actor, "Bureau id changed: " + change + "; " + cause);
		}
		return changed;
	}

	/**
	 * Whether the column is to be written: it holds nothing yet or another id. A change of what we had (kept, or
	 * given by the console) is added to {@code changed}.
	 */
	private static boolean toWrite(String id, String of, Long kept, Long given, long now, List<String> changed) {
		Long before = firstOf(kept, given);
		if (before != null && before != now) {
			changed.add("%s of %s %d → %d".formatted(id, of, before, now));
		}
		return kept == null || kept != now;
	}

}
