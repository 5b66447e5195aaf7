package cn.beianbridge.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.notification.NotificationDelivery;
import cn.beianbridge.notification.NotificationQuery;
import cn.beianbridge.notification.NotificationRecord;

@Mapper
interface NotificationMapper {

	/** 1 when stored, 0 when a notification with this key exists already. */
	int insertIgnore(NewNotification notification);

	/**
	 * Due and free: never claimed, the claim lapsed, or its node incarnation is one of {@code deadNodes}; of one
	 * channel, or of both when {@code channel} is null.
	 */
	List<Long> findDueIds(@Param("now") Instant now, @Param("limit") int limit, @Param("dead") List<String> deadNodes,
			@Param("channel") String channel);

	int claim(@Param("ids") List<Long> ids, @Param("token") String token, @Param("node") String node,
			@Param("dead") List<String> deadNodes, @Param("until") Instant until, @Param("now") Instant now);

	/** Those of {@code ids} that {@code token} holds and that are still due. */
	List<ClaimedNotification> findClaimed(@Param("ids") List<Long> ids, @Param("token") String token,
			@Param("now") Instant now);

	/** 1 when the claim is still {@code token}'s (even if it lapsed, as long as no other run took it). */
	int renewClaim(@Param("id") long id, @Param("token") String token, @Param("until") Instant until);

	int release(@Param("ids") List<Long> ids, @Param("token") String token);

	int markSent(@Param("id") long id, @Param("token") String token, @Param("at") Instant at,
			@Param("providerRef") String providerRef);

	int markFailed(@Param("id") long id, @Param("token") String token, @Param("status") String status,
			@Param("attempts") int attempts, @Param("nextAttemptAt") Instant nextAttemptAt,
			@Param("lastError") String lastError);

	int resend(@Param("id") long id, @Param("now") Instant now);

	long countByStatus(@Param("status") String status);

	List<NotificationRecord> findByConsoleFilingId(@Param("consoleFilingId") String consoleFilingId);

	List<NotificationRecord> findByStatus(@Param("status") String status, @Param("limit") int limit);

	/** The recipient as stored (sealed): {@link NotificationQueue} opens and masks it. */
	List<NotificationDelivery> findMatching(@Param("q") NotificationQuery query, @Param("limit") int limit);

	long countMatching(@Param("q") NotificationQuery query);

	NotificationDelivery findDelivery(@Param("id") long id);

	List<Map<String, Object>> sealedAfter(@Param("after") long after, @Param("limit") int limit);

	void updateSealed(@Param("r") Map<String, Object> row);

	/** Sent and dead notifications created before {@code before}, oldest first, locked. */
	List<Long> lockFinished(@Param("before") Instant before, @Param("limit") int limit);

	int deleteFinished(@Param("ids") List<Long> ids);

}
