package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.CancellationScope;
import cn.beianbridge.filing.CancelledBy;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingType;

/** Cancellations (the bureau's, and the customer's approved ones): what the bureau's ids name among our rows, and marking it cancelled ({@code bureau_cancellation}). */
@Mapper
public interface CancellationMapper {

	/** A filing an entity cancellation reaches, with its state at the time. */
	record TargetFiling(long id, String consoleFilingId, FilingType filingType, FilingState state) {
	}

	/**
	 * A website row of ours; {@code bureauId} its Wzid (from BASJ, or the console's for a new access), {@code icpNumber}
	 * what we show as filed (approved, else the console's), {@code cancelled} whether a cancellation took it before.
	 */
	record TargetWebsite(long id, long filingId, String consoleWebsiteId, Long bureauId, String icpNumber,
			boolean cancelled) {
	}

	boolean applied(@Param("province") String province, @Param("scope") CancellationScope scope,
			@Param("bureauId") long bureauId);

	/** First filings numbered with this Ztid and new websites filed under it, in the province, oldest first. */
	List<TargetFiling> findEntityFilings(@Param("province") String province, @Param("ztid") long ztid);

	List<TargetFiling> findFilings(@Param("ids") Collection<Long> ids);

	List<TargetWebsite> findWebsitesOfFilings(@Param("filingIds") Collection<Long> filingIds);

	/** Website rows of the province carrying one of these Wzids (filed by us, or a new access to a site filed elsewhere). */
	List<TargetWebsite> findWebsitesByBureauIds(@Param("province") String province,
			@Param("wzids") Collection<Long> wzids);

	List<TargetWebsite> findWebsites(@Param("ids") Collection<Long> ids);

	List<String> findDomains(@Param("websiteIds") Collection<Long> websiteIds);

	/** @return the entity number retired (approved, else the console's), or null when there was none */
	String findEntityNumber(@Param("id") long filingId);

	/** @return 1, or 0 when the entity was cancelled before */
	int retireEntity(@Param("id") long filingId, @Param("now") Instant now, @Param("by") CancelledBy by);

	/** @return 1, or 0 when the website was cancelled before; {@code retire}: its number is taken back too */
	int cancelWebsite(@Param("id") long websiteId, @Param("scope") CancellationScope scope,
			@Param("retire") boolean retire, @Param("now") Instant now, @Param("by") CancelledBy by);

	void markCancelledBy(@Param("id") long filingId, @Param("by") CancelledBy by);

	/** An approval waiting for its numbers is void once its entity or website is cancelled. */
	int dropAwaitingApproval(@Param("filingId") long filingId);

	void insertApplied(@Param("province") String province, @Param("scope") CancellationScope scope,
			@Param("bureauId") long bureauId, @Param("remark") String remark, @Param("fileName") String fileName,
			@Param("now") Instant now, @Param("filings") int filings, @Param("retired") String retired);

}
