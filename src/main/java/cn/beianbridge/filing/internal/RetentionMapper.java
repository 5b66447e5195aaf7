package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The filing module's part of the retention purge: decided filings, rejected inputs, delivered events. */
@Mapper
interface RetentionMapper {

	/**
	 * Decided filings last changed before {@code before} whose personal data is still there and no longer needed:
	 * no approval waiting for its numbers, no event the console or the notifications have still to take. Locked.
	 */
	List<Long> lockDecidedFilings(@Param("before") Instant before, @Param("limit") int limit);

	int purgeFilings(@Param("ids") List<Long> ids, @Param("now") Instant now);

	int purgeWebsites(@Param("ids") List<Long> ids);

	int purgeCancellations(@Param("ids") List<Long> ids);

	/** The bytes of these filings' attachments that no filing still holding its personal data shares. */
	int purgeAttachmentContent(@Param("ids") List<Long> ids, @Param("now") Instant now);

	List<Long> lockRejectedInputs(@Param("before") Instant before, @Param("limit") int limit);

	int deleteRejectedInputs(@Param("ids") List<Long> ids);

	/** Events delivered to the console and planned as notifications (or needing none), occurred before. */
	List<Long> lockDoneEvents(@Param("before") Instant before, @Param("limit") int limit);

	int deleteEvents(@Param("ids") List<Long> ids);

}
