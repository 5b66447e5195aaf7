package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.simulator.ConditionalOnSimulators;
import cn.beianbridge.simulator.bureau.SimulatorRows.DomainStatus;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledAccessRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledDomainRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledEntityRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledIpRangeRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledWebsiteRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.RemovedRow;

/** What the simulated bureaus have filed, and the serials of the ICP numbers they issue. */
@Mapper
@ConditionalOnSimulators
interface SimulatorRegisterMapper {

	/** Locks the counter row; null when the year has none yet. */
	Integer lockSerial(@Param("province") String province, @Param("year") int year);

	void insertSerial(@Param("province") String province, @Param("year") int year, @Param("serial") int serial);

	void updateSerial(@Param("province") String province, @Param("year") int year, @Param("serial") int serial);

	FiledEntityRow findEntity(@Param("icpNumber") String icpNumber);

	FiledEntityRow findEntityByZtid(@Param("ztid") long ztid);

	/** The entity still filed (not cancelled) under this certificate number, the first filed if several. */
	FiledEntityRow findEntityByCertificate(@Param("certificateNumber") String certificateNumber);

	void insertEntity(@Param("e") FiledEntityRow entity);

	void updateLastWebsiteIndex(@Param("icpNumber") String icpNumber, @Param("index") int index);

	FiledWebsiteRow findWebsite(@Param("icpNumber") String icpNumber);

	FiledWebsiteRow findWebsiteByWzid(@Param("wzid") long wzid);

	void insertWebsite(@Param("w") FiledWebsiteRow website);

	void insertDomains(@Param("websiteIcpNumber") String websiteIcpNumber, @Param("province") String province,
			@Param("domains") List<FiledDomainRow> domains, @Param("now") Instant now);

	List<String> findFiledDomains(@Param("domains") List<String> domains);

	DomainStatus findDomainStatus(@Param("domain") String domain);

	int deleteDomain(@Param("domain") String domain);

	List<FiledWebsiteRow> findWebsitesOfEntity(@Param("entityIcpNumber") String entityIcpNumber);

	/** The numbers of the province's entities still filed. */
	List<String> findFiledEntities(@Param("province") String province);

	/** The numbers of the province's websites still filed. */
	List<String> findFiledWebsites(@Param("province") String province);

	void markEntityCancelled(@Param("icpNumber") String icpNumber, @Param("now") Instant now);

	void markWebsiteCancelled(@Param("icpNumber") String icpNumber, @Param("now") Instant now);

	void copyDomainsToCancelled(@Param("websiteIcpNumber") String websiteIcpNumber, @Param("now") Instant now);

	void deleteDomainsOfWebsite(@Param("websiteIcpNumber") String websiteIcpNumber);

	/** The domains a website had when it was cancelled. */
	List<String> findCancelledDomains(@Param("websiteIcpNumber") String websiteIcpNumber);

	/** The domains filed for a website, in the order they were filed. */
	List<FiledDomainRow> findDomainsOfWebsite(@Param("websiteIcpNumber") String websiteIcpNumber);

	void insertAccess(@Param("a") FiledAccessRow access, @Param("province") String province, @Param("now") Instant now);

	void insertIpRanges(@Param("ranges") List<FiledIpRangeRow> ranges);

	/** A website's accesses in the order they were filed. */
	List<FiledAccessRow> findAccessesOfWebsite(@Param("websiteIcpNumber") String websiteIcpNumber);

	List<FiledIpRangeRow> findIpRangesOfWebsite(@Param("websiteIcpNumber") String websiteIcpNumber);

	/** The filing password (hex MD5) learned for an entity the simulator did not file; null when none. */
	String findLearnedPassword(@Param("icpNumber") String icpNumber);

	void learnPassword(@Param("icpNumber") String icpNumber, @Param("province") String province,
			@Param("passwordMd5") String passwordMd5, @Param("now") Instant now);

	FiledAccessRow findAccess(@Param("jrid") long jrid);

	void updateEntityName(@Param("icpNumber") String icpNumber, @Param("name") String name);

	void updateWebsiteName(@Param("icpNumber") String icpNumber, @Param("name") String name);

	void updateDomain(@Param("websiteIcpNumber") String websiteIcpNumber, @Param("ymid") long ymid,
			@Param("domain") String domain, @Param("ispYmid") Long ispYmid);

	void updateIpRange(@Param("ipid") long ipid, @Param("ispIpid") Long ispIpid, @Param("startIp") long startIp,
			@Param("endIp") long endIp);

	void deleteIpRange(@Param("ipid") long ipid);

	void deleteIpRangesOfAccess(@Param("jrid") long jrid);

	void deleteAccess(@Param("jrid") long jrid);

	void deleteWebsite(@Param("icpNumber") String icpNumber);

	void deleteEntity(@Param("icpNumber") String icpNumber);

	void insertRemoved(@Param("r") RemovedRow removed);

	/** Whether an approved cancellation or change took this entity, website, access, domain or range out. */
	boolean wasRemoved(@Param("kind") String kind, @Param("bureauId") long bureauId);

	/** The highest id ever removed of this kind under this parent (a website's domains, an access's ranges); null if none. */
	Long findHighestRemovedId(@Param("kind") String kind, @Param("parentId") long parentId);

}
