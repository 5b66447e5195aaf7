package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.GeneratedKey;

/** List rows (domains, IP ranges, attachments, their contents, reasons) are inserted by {@link BatchedInserts}. */
@Mapper
interface FilingMapper {

	void insertFiling(@Param("f") NewRows.NewFiling filing, @Param("key") GeneratedKey key);

	List<NewRows.FilingId> findFilingIds(@Param("consoleFilingIds") Collection<String> consoleFilingIds);

	List<FilingSummary> findSummaries(@Param("consoleFilingIds") Collection<String> consoleFilingIds);

	void insertWebsite(@Param("s") NewRows.NewWebsite website, @Param("key") GeneratedKey key);

	List<NewRows.WebsiteId> findWebsiteIds(@Param("filingIds") Collection<Long> filingIds);

	/** Which of these attachment contents are stored already. */
	List<String> findKnownContents(@Param("sha256s") Collection<String> sha256s);

	/** @return 1, or 0 when the filing is no longer in {@code from} */
	int updateState(@Param("id") long id, @Param("from") FilingState from, @Param("to") FilingState to,
			@Param("now") Instant now);

	List<FilingRows.StateRow> findStates(@Param("filingIds") Collection<Long> filingIds);

	/** @return 1, or 0 when the filing is not a SUBMITTED filing of {@code province} */
	int updateDecided(@Param("id") long id, @Param("province") String province, @Param("to") FilingState to,
			@Param("now") Instant now);

	void insertHistory(@Param("h") NewRows.NewHistory history, @Param("key") GeneratedKey key);

	/** The history rows into {@code to} of these filings. */
	List<NewRows.HistoryId> findHistoryIds(@Param("filingIds") Collection<Long> filingIds, @Param("to") FilingState to);

	/** Filings any of whose blind indexes (applicant, responsible persons) is one of these, in id order. */
	List<Long> findIdsByBlindIndex(@Param("indexes") List<String> indexes);

	Long findIdByConsoleFilingId(@Param("consoleFilingId") String consoleFilingId);

	FilingSummary findSummary(@Param("id") long id);

	List<FilingSummary> findSummariesById(@Param("filingIds") Collection<Long> filingIds);

	List<HistoryEntry> findHistory(@Param("filingId") long filingId);

	List<Reason> findReasons(@Param("filingId") long filingId, @Param("kind") ReasonKind kind);

	/** The reasons of the filing's latest transition that gave reasons of this kind. */
	List<Reason> findLatestReasons(@Param("filingId") long filingId, @Param("kind") ReasonKind kind);

	List<FilingRows.ReasonRow> findAllReasons(@Param("filingId") long filingId);

	List<FilingRows.FilingRow> findFilingRows(@Param("filingIds") Collection<Long> filingIds);

	/** In filing and ordinal order. */
	List<FilingRows.WebsiteRow> findWebsiteRows(@Param("filingIds") Collection<Long> filingIds);

	List<FilingRows.DomainRow> findDomainRows(@Param("filingIds") Collection<Long> filingIds);

	List<FilingRows.IpRangeRow> findIpRangeRows(@Param("filingIds") Collection<Long> filingIds);

	/** In filing and ordinal order; {@code contents}: with the (sealed) bytes, else with none. */
	List<FilingRows.AttachmentRow> findAttachmentRows(@Param("filingIds") Collection<Long> filingIds,
			@Param("contents") boolean contents);

	List<FilingRows.ContentRow> findAttachmentContents(@Param("sha256s") Collection<String> sha256s);

	/** RECEIVED filings of these types, the most urgent first. */
	List<Long> findWaiting(@Param("province") String province, @Param("types") List<FilingType> types,
			@Param("limit") int limit, @Param("excluding") List<Long> excluding);

	void insertCancellation(@Param("filingId") long filingId, @Param("c") FilingDocument.Cancellation cancellation);

	List<FilingRows.CancellationRow> findCancellationRows(@Param("filingIds") Collection<Long> filingIds);

	List<String> findFiledWebsiteNumbers(@Param("province") String province, @Param("entityIcp") String entityIcp,
			@Param("types") List<FilingType> types);

	long countByState(@Param("state") FilingState state);

	List<FilingRows.StateCountRow> countStates();

	/** @return 1, or 0 when there is no SUBMITTED filing of {@code province} with this id */
	int updateFiledEntity(@Param("province") String province, @Param("id") long id, @Param("ztid") Long ztid,
			@Param("icp") String icp);

	/** @return 1, or 0 when there is no website with this id of a SUBMITTED filing of {@code province} */
	int updateFiledWebsite(@Param("province") String province, @Param("id") long id, @Param("wzid") Long wzid,
			@Param("icp") String icp);

	FilingRows.EntityNumbersRow findEntityNumbers(@Param("id") long id);

	List<FilingRows.WebsiteNumbersRow> findWebsiteNumbers(@Param("filingId") long filingId);

	Long findFilingIdOfWebsite(@Param("websiteId") long websiteId);

	Long findSubmittedIdByEntityIcp(@Param("province") String province, @Param("icp") String icp,
			@Param("type") FilingType type);

	Long findSubmittedIdByWebsiteIcp(@Param("province") String province, @Param("icp") String icp,
			@Param("type") FilingType type);

}
