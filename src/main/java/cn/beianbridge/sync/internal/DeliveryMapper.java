package cn.beianbridge.sync.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The delivery columns of filing_event. The table belongs to the filing module, which writes the events;
 * reading and marking them here directly is accepted for now (one outbox, one reader) rather than growing
 * filing's public API for delivery bookkeeping.
 */
@Mapper
interface DeliveryMapper {

	List<PendingEvent> findDue(@Param("now") Instant now, @Param("limit") int limit);

	int markDelivered(@Param("id") long id);

	int markFailed(@Param("id") long id, @Param("attempts") int attempts, @Param("status") String status,
			@Param("nextAttemptAt") Instant nextAttemptAt, @Param("lastError") String lastError);

	int redeliver(@Param("eventId") String eventId, @Param("now") Instant now);

}
