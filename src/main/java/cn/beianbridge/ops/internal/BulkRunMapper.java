package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import cn.beianbridge.shared.GeneratedKey;

/** {@code ops_bulk_run} and {@code ops_bulk_item}. */
@Mapper
interface BulkRunMapper {

	String RUN = """
			SELECT r.id, r.action, r.query_text, r.reason, r.dry_run_count, r.status, r.started_by, r.role, r.node,
			  r.started_at, r.finished_at, r.cancel_requested, r.cancelled_by,
			  (SELECT COUNT(*) FROM ops_bulk_item i WHERE i.run_id = r.id) AS total,
			  (SELECT COUNT(*) FROM ops_bulk_item i WHERE i.run_id = r.id AND i.status = 'DONE') AS done,
			  (SELECT COUNT(*) FROM ops_bulk_item i WHERE i.run_id = r.id AND i.status = 'SKIPPED') AS skipped,
			  (SELECT COUNT(*) FROM ops_bulk_item i WHERE i.run_id = r.id AND i.status = 'FAILED') AS failed
			FROM ops_bulk_run r
			""";

	@Insert("INSERT INTO ops_bulk_run (action, query_text, reason, dry_run_count, status, started_by, role, node, "
			+ "started_at) VALUES (#{action}, #{query}, #{reason}, #{count}, 'RUNNING', #{by}, #{role}, #{node}, #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertRun(@Param("action") String action, @Param("query") String query, @Param("reason") String reason,
			@Param("count") int dryRunCount, @Param("by") String startedBy, @Param("role") String role,
			@Param("node") String node, @Param("at") Instant at, @Param("key") GeneratedKey key);

	@Insert("INSERT INTO ops_bulk_item (run_id, seq, target, status) VALUES (#{run}, #{seq}, #{target}, 'PENDING')")
	void insertItem(@Param("run") long runId, @Param("seq") int seq, @Param("target") String target);

	@Select(RUN + "WHERE r.id = #{id}")
	BulkRun find(@Param("id") long id);

	@Select(RUN + "ORDER BY r.id DESC LIMIT #{limit}")
	List<BulkRun> latest(@Param("limit") int limit);

	@Select("SELECT id, node, started_at FROM ops_bulk_run WHERE status = 'RUNNING'")
	List<RunningRun> running();

	@Select("SELECT run_id, seq, target, status, detail, done_at FROM ops_bulk_item WHERE run_id = #{run} "
			+ "ORDER BY seq LIMIT #{limit}")
	List<BulkItem> items(@Param("run") long runId, @Param("limit") int limit);

	@Select("SELECT run_id, seq, target, status, detail, done_at FROM ops_bulk_item WHERE run_id = #{run} "
			+ "AND status = 'PENDING' ORDER BY seq LIMIT #{limit}")
	List<BulkItem> pending(@Param("run") long runId, @Param("limit") int limit);

	@Update("UPDATE ops_bulk_item SET status = #{status}, detail = #{detail}, done_at = #{at} "
			+ "WHERE run_id = #{run} AND seq = #{seq} AND status = 'PENDING'")
	int settle(@Param("run") long runId, @Param("seq") int seq, @Param("status") BulkItemOutcome.Status status,
			@Param("detail") String detail, @Param("at") Instant at);

	@Update("UPDATE ops_bulk_item SET status = 'SKIPPED', detail = #{detail}, done_at = #{at} "
			+ "WHERE run_id = #{run} AND status = 'PENDING'")
	int skipRest(@Param("run") long runId, @Param("detail") String detail, @Param("at") Instant at);

	@Update("UPDATE ops_bulk_run SET cancel_requested = TRUE, cancelled_by = #{by} WHERE id = #{id} "
			+ "AND status = 'RUNNING' AND cancel_requested = FALSE")
	int requestCancel(@Param("id") long id, @Param("by") String by);

	@Select("SELECT cancel_requested FROM ops_bulk_run WHERE id = #{id}")
	boolean cancelRequested(@Param("id") long id);

	/** Ends a RUNNING run; 0 when it had ended already (e.g. marked INTERRUPTED by another node). */
	@Update("UPDATE ops_bulk_run SET status = #{status}, finished_at = #{at} WHERE id = #{id} AND status = 'RUNNING'")
	int finish(@Param("id") long id, @Param("status") BulkRun.Status status, @Param("at") Instant at);

	record RunningRun(long id, String node, Instant startedAt) {
	}

}
