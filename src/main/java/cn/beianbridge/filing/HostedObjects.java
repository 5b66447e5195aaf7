package cn.beianbridge.filing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.beianbridge.filing.internal.HostedObjectRows;

/**
 * What we host, found by the bureau's ids (kept from its BASJ, or given by the console for a new website or access)
 * or by ICP number: change (BGBA), cancel (ZXBA) and the bureau's cancellations (ZXSJ) name objects only so.
 * Every filing that carries the id is returned, whatever its state: the caller decides which count (an APPROVED one
 * is hosted; a SUBMITTED one may have its ids before its approval). Names, domains, numbers and ids only: no personal
 * data.
 */
@Service
public class HostedObjects {

	private final HostedObjectRows rows;

	HostedObjects(HostedObjectRows rows) {
		this.rows = rows;
	}

	/** The entity with this {@code Ztid}: every filing of ours under it and their websites. */
	public Optional<Entity> entityByZtid(long ztid) {
		return rows.entityByZtid(ztid);
	}

	/** The entity with this entity ICP number (the approved one, or the one a new website named). */
	public Optional<Entity> entityByIcpNumber(String icpNumber) {
		return rows.entityByIcpNumber(icpNumber);
	}

	/** Every website row with this {@code Wzid}: one per filing of ours naming the website (usually one). */
	public List<Website> websitesByWzid(long wzid) {
		return rows.websitesByWzid(wzid);
	}

	/** Every website row with this website ICP number. */
	public List<Website> websitesByIcpNumber(String icpNumber) {
		return rows.websitesByIcpNumber(icpNumber);
	}

	/** The website(s) whose access of ours has this {@code Jrid}. */
	public List<Website> websitesByJrid(long jrid) {
		return rows.websitesByJrid(jrid);
	}

	/** A website of ours by our id (the {@code IspWzid}, and the {@code IspJrid} of its access). */
	public Optional<Website> website(long websiteId) {
		return rows.websitesById(List.of(websiteId)).stream().findFirst();
	}

	/**
	 * An entity as the bureau knows it.
	 *
	 * @param ztid null when none of its filings has it yet (found by ICP number before its BASJ)
	 * @param icpNumber null while no filing has one
	 */
	public record Entity(Long ztid, String icpNumber, List<Filing> filings, List<Website> websites) {

		public Entity {
			filings = List.copyOf(filings);
			websites = List.copyOf(websites);
		}

	}

	/**
	 * One filing of ours.
	 *
	 * @param ztid the entity's {@code Ztid}, or null while unknown
	 * @param entityIcpNumber the approved number, else the one the console gave, else null
	 */
	public record Filing(long filingId, String consoleFilingId, FilingType type, String province, FilingState state,
			Long ztid, String entityIcpNumber) {
	}

	/**
	 * A website of a filing of ours.
	 *
	 * @param websiteId our id ({@code IspWzid})
	 * @param wzid the bureau's, or null while unknown
	 * @param icpNumber the approved number, else the one the console gave (a new access), else null
	 * @param access our access to it: a website we host has our one access
	 */
	public record Website(long websiteId, Filing filing, String consoleWebsiteId, String name, Long wzid,
			String icpNumber, Access access, List<Domain> domains) {

		public Website {
			domains = List.copyOf(domains);
		}

	}

	/**
	 * Our access to a website.
	 *
	 * @param ispJrid our id: the website's
	 * @param jrid the bureau's, or null while unknown
	 */
	public record Access(long ispJrid, Long jrid, List<IpRange> ipRanges) {

		public Access {
			ipRanges = List.copyOf(ipRanges);
		}

	}

	/** @param ymid the bureau's id, or null while unknown; {@code domainId} ours ({@code IspYmid}) */
	public record Domain(long domainId, Long ymid, String domain) {
	}

	/** @param ipid the bureau's id, or null while unknown; {@code rangeId} ours ({@code IspIpid}) */
	public record IpRange(long rangeId, Long ipid, String start, String end) {
	}

}
