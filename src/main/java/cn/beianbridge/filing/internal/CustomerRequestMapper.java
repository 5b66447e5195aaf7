package cn.beianbridge.filing.internal;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.FilingDocument.CancellationKind;

/** The customer's change (CHANGE) and cancel (CANCEL) requests: found by what they name, and a change made current. */
@Mapper
public interface CustomerRequestMapper {

	/**
	 * The CHANGE of the province naming one of these entity numbers (or carrying this Ztid): the one in flight
	 * (SUBMITTED, BATCHED) first, else the latest, so a result repeated after its decision finds the decided one.
	 */
	Long findChange(@Param("province") String province, @Param("icpNumbers") Collection<String> icpNumbers,
			@Param("ztid") Long ztid);

	/** As {@link #findChange}, for a CANCEL of this kind naming one of these numbers. */
	List<Long> findCancels(@Param("province") String province, @Param("kind") CancellationKind kind,
			@Param("icpNumbers") Collection<String> icpNumbers);

	/** What a CANCEL names: its kind and ICP number. */
	record CancelTarget(CancellationKind kind, String icpNumber) {
	}

	CancelTarget findCancellation(@Param("filingId") long filingId);

	String findEntityIcp(@Param("filingId") long filingId);

	/** A website of the CHANGE: our id and the ICP number it names. */
	record ChangedWebsite(long id, String icpNumber) {
	}

	List<ChangedWebsite> findChangedWebsites(@Param("filingId") long filingId);

	/** Earlier filings' entity data is the change's from now on. */
	int supersedeEntity(@Param("province") String province, @Param("changeId") long changeId,
			@Param("icpNumber") String entityIcpNumber);

	/** The current website rows with this number, other than the change's own. */
	record CurrentWebsite(long id, Long wzid, Long jrid) {
	}

	List<CurrentWebsite> findCurrentWebsites(@Param("province") String province, @Param("changeId") long changeId,
			@Param("icpNumber") String icpNumber);

	int supersedeWebsite(@Param("id") long websiteId, @Param("changeId") long changeId);

	/** The bureau's ids carried over to the change's rows: its entity, website, access, and unchanged domains/ranges. */
	void copyZtid(@Param("changeId") long changeId, @Param("ztid") long ztid);

	void copyWebsiteIds(@Param("to") long websiteId, @Param("wzid") Long wzid, @Param("jrid") Long jrid);

	void copyDomainIds(@Param("to") long websiteId, @Param("from") long fromWebsiteId);

	void copyIpRangeIds(@Param("to") long websiteId, @Param("from") long fromWebsiteId);

}
