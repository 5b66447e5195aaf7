package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import cn.beianbridge.submission.UploadBatchState;
import cn.beianbridge.submission.UploadFiles;

/** The upload files as the operations console reads them. */
@Mapper
interface UploadFileMapper {

	String COLUMNS = "id, province, file_name, operation, data_sequence, state, record_count, encrypt_algorithm, attempts, last_msg_code, "
			+ "last_msg, created_at, updated_at, accepted_at, purged_at";

	@Select("SELECT " + COLUMNS + " FROM upload_batch WHERE province = #{province} ORDER BY data_sequence DESC LIMIT #{limit}")
	List<UploadFiles.UploadFile> findOfProvince(@Param("province") String province, @Param("limit") int limit);

	@Select("SELECT " + COLUMNS + " FROM upload_batch WHERE id = #{id}")
	UploadFiles.UploadFile find(@Param("id") long id);

	@Select("SELECT from_state, to_state, msg_code, msg, moved_at FROM upload_batch_move WHERE batch_id = #{id} ORDER BY id")
	List<UploadFiles.Move> findMoves(@Param("id") long id);

	/** The province's moves in the window, oldest first; {@code to} null: until now. */
	@Select("""
			<script>
			SELECT m.batch_id, m.from_state, m.to_state, m.msg_code, m.msg, m.moved_at
			FROM upload_batch_move m JOIN upload_batch b ON b.id = m.batch_id
			WHERE b.province = #{province} AND m.moved_at &gt;= #{from}
			<if test="to != null"> AND m.moved_at &lt;= #{to}</if>
			ORDER BY m.id
			</script>
			""")
	List<WindowMove> findMovesBetween(@Param("province") String province, @Param("from") Instant from,
			@Param("to") Instant to);

	@Select("SELECT province, MAX(accepted_at) AS accepted_at FROM upload_batch WHERE state = 'ACCEPTED' GROUP BY province")
	List<LastAccepted> lastAccepted();

	record WindowMove(long batchId, UploadBatchState fromState, UploadBatchState toState, Integer msgCode, String msg,
			Instant movedAt) {

		UploadFiles.Move move() {
			return new UploadFiles.Move(fromState, toState, msgCode, msg, movedAt);
		}

	}

	record LastAccepted(String province, Instant acceptedAt) {
	}

}
