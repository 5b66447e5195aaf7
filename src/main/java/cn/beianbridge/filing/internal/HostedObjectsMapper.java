package cn.beianbridge.filing.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingType;

/** The bureau's ids on filing, website, website_domain and website_ip_range rows: found by them, and kept. */
@Mapper
interface HostedObjectsMapper {

	/**
	 * A filing's row as the bureau's ids see it.
	 *
	 * @param bureauZtid kept from BASJ; {@code bureauEntityId} the one the console gave (a new website's entity)
	 * @param approvedEntityIcp the bureau's number (BASJ or approval); {@code entityIcpNumber} the console's
	 */
	record FilingIdsRow(long id, String consoleFilingId, FilingType filingType, String province, FilingState state,
			Long bureauZtid, Long bureauEntityId, String approvedEntityIcp, String entityIcpNumber) {
	}

	/** A website's row; {@code bureauWzid} kept from BASJ, {@code bureauWebsiteId} the console's (a new access). */
	record WebsiteIdsRow(long id, long filingId, String consoleWebsiteId, String name, Long bureauWzid,
			Long bureauWebsiteId, String approvedIcpNumber, String icpNumber, Long bureauJrid) {
	}

	record DomainIdsRow(long id, long websiteId, String domain, Long bureauYmid) {
	}

	record IpRangeIdsRow(long id, long websiteId, String startIp, String endIp, Long bureauIpid) {
	}

	List<FilingIdsRow> findFilingsByZtid(@Param("ztid") long ztid);

	List<FilingIdsRow> findFilingsByEntityIcp(@Param("icp") String icpNumber);

	List<FilingIdsRow> findFilings(@Param("ids") List<Long> filingIds);

	List<WebsiteIdsRow> findWebsitesOfFilings(@Param("ids") List<Long> filingIds);

	List<WebsiteIdsRow> findWebsitesByWzid(@Param("wzid") long wzid);

	List<WebsiteIdsRow> findWebsitesByIcp(@Param("icp") String icpNumber);

	List<WebsiteIdsRow> findWebsitesByJrid(@Param("jrid") long jrid);

	List<WebsiteIdsRow> findWebsites(@Param("ids") List<Long> websiteIds);

	List<DomainIdsRow> findDomains(@Param("ids") List<Long> websiteIds);

	List<IpRangeIdsRow> findIpRanges(@Param("ids") List<Long> websiteIds);

	void updateZtid(@Param("id") long filingId, @Param("ztid") long ztid);

	void updateWzid(@Param("id") long websiteId, @Param("wzid") long wzid);

	void updateJrid(@Param("id") long websiteId, @Param("jrid") long jrid);

	void updateYmid(@Param("id") long domainId, @Param("ymid") long ymid);

	void updateIpid(@Param("id") long rangeId, @Param("ipid") long ipid);

}
