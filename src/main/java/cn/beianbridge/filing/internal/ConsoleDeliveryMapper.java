package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.filing.PendingConsoleEvent;

/**
 * The console delivery columns of filing_event, behind {@link cn.beianbridge.filing.ConsoleOutbox}. Each statement
 * commits on its own (no surrounding transaction): the conditional UPDATEs on the claim columns are what keeps two
 * runs apart.
 */
@Mapper
interface ConsoleDeliveryMapper {

	/** Rows of the events due now and free to claim, oldest first; candidates only, nothing is claimed yet. */
	List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit, @Param("dead") List<String> deadNodes);

	/** Claims those of {@code ids} no run holds (or whose claim lapsed, or whose node is dead) for {@code owner}. */
	int claim(@Param("ids") List<Long> ids, @Param("owner") String owner, @Param("node") String node,
			@Param("dead") List<String> deadNodes, @Param("now") Instant now, @Param("until") Instant until);

	/** Those of {@code ids} that {@code owner} holds and that are still due: what this run may send. */
	List<PendingConsoleEvent> findClaimed(@Param("ids") List<Long> ids, @Param("owner") String owner,
			@Param("now") Instant now);

	int renewClaim(@Param("id") long id, @Param("owner") String owner, @Param("until") Instant until);

	int markDelivered(@Param("id") long id, @Param("owner") String owner);

	int markFailed(@Param("id") long id, @Param("owner") String owner, @Param("attempts") int attempts,
			@Param("status") String status, @Param("nextAttemptAt") Instant nextAttemptAt,
			@Param("lastError") String lastError);

	int release(@Param("ids") List<Long> ids, @Param("owner") String owner);

	int redeliver(@Param("eventId") String eventId, @Param("now") Instant now);

}
