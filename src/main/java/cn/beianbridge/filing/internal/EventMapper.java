package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.NotificationOutbox;

@Mapper
interface EventMapper {

	void insertEvent(@Param("e") NewRows.NewEvent event);

	List<OutboxRow> findEventsToPlan(@Param("limit") int limit);

	/** Only an event still PENDING is marked. */
	int markPlanning(@Param("id") long id, @Param("status") NotificationOutbox.Planning status);

	List<String> findPayloads(@Param("consoleFilingId") String consoleFilingId);

	void insertRejectedInput(@Param("source") String source, @Param("sourceRef") String sourceRef,
			@Param("consoleFilingId") String consoleFilingId, @Param("rawPayload") String rawPayload,
			@Param("payloadDigest") String payloadDigest, @Param("errors") String errors, @Param("at") Instant at);

	boolean rejectedInputKept(@Param("source") String source, @Param("payloadDigest") String payloadDigest);

	long countRejectedInputs();

	/** Newest first; {@code open}: only those nobody settled yet. Payload and errors sealed. */
	List<RejectedInputStore.Row> findRejectedInputs(@Param("open") boolean open, @Param("limit") int limit);

	RejectedInputStore.Row findRejectedInput(@Param("id") long id);

	/** @return 1, or 0 when it was settled already */
	int resolveRejectedInput(@Param("id") long id, @Param("at") Instant at, @Param("by") String by,
			@Param("resolution") String resolution);

	List<FilingRows.DeliveryCountRow> countDeliveries();


}
