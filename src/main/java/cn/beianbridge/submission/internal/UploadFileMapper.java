package cn.beianbridge.submission.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

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

	@Select("SELECT province, MAX(accepted_at) AS accepted_at FROM upload_batch WHERE state = 'ACCEPTED' GROUP BY province")
	List<LastAccepted> lastAccepted();

	record LastAccepted(String province, java.time.Instant acceptedAt) {
	}

}
