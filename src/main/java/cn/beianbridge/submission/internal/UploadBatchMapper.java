package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.purge.PurgeableFile;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.submission.ProvinceBlocks;
import cn.beianbridge.submission.UploadBatchState;

@Mapper
interface UploadBatchMapper {

	void insertBatch(@Param("province") String province, @Param("fileName") String fileName,
			@Param("operation") String operation, @Param("sequence") long sequence, @Param("records") int records,
			@Param("p") PackedPayload payload, @Param("now") Instant now, @Param("key") GeneratedKey key);

	/** One sealed part of a file's payload (part 0 first): a slice of its Base64 text, decoded. */
	void insertPart(@Param("batchId") long batchId, @Param("part") int part, @Param("sealed") byte[] sealed);

	int countParts(@Param("batchId") long batchId);

	/** The part as stored, or null. */
	StoredPart findPart(@Param("batchId") long batchId, @Param("part") int part);

	void deleteParts(@Param("batchId") long batchId);

	void insertBatchFilings(@Param("batchId") long batchId, @Param("filingIds") List<Long> filingIds);

	/** Files not yet settled (BUILT, UPLOADING, UNKNOWN, FAILED), in sequence order. */
	List<UploadBatch> findOpen(@Param("province") String province);

	UploadBatch findById(@Param("id") long id);

	List<Long> findFilingIds(@Param("batchId") long batchId);

	int moveState(@Param("id") long id, @Param("from") UploadBatchState from, @Param("to") UploadBatchState to,
			@Param("msgCode") Integer msgCode, @Param("msg") String msg, @Param("now") Instant now);

	void replacePayload(@Param("id") long id, @Param("p") PackedPayload payload, @Param("records") int records,
			@Param("now") Instant now);

	/** Takes filings out of a file (they are held); the others keep their order. */
	void deleteBatchFilings(@Param("batchId") long batchId, @Param("filingIds") List<Long> filingIds);

	void renumber(@Param("id") long id, @Param("sequence") long sequence, @Param("now") Instant now);

	Long maxAcceptedSequence(@Param("province") String province);

	/** ACCEPTED files accepted before {@code before} that still hold their bytes, locked, oldest first. */
	List<PurgeableFile> lockPurgeable(@Param("before") Instant before, @Param("limit") int limit);

	/** Drops the bytes of these files (if still ACCEPTED and not purged); {@link #purge} then marks them. */
	void purgeParts(@Param("ids") List<Long> ids);

	/** Marks these files purged (if still ACCEPTED), keeping their rows. */
	int purge(@Param("ids") List<Long> ids, @Param("now") Instant now);

	int countBlock(@Param("province") String province);

	String blockReason(@Param("province") String province);

	@Select("SELECT b.id, b.province, b.file_name, b.data_sequence, b.state, b.record_count, b.last_msg_code, "
			+ "b.created_at, b.accepted_at FROM upload_batch b JOIN upload_batch_filing f ON f.batch_id = b.id "
			+ "WHERE f.filing_id = #{filingId} ORDER BY b.id")
	List<cn.beianbridge.submission.FilingUploads.UploadFile> filesOfFiling(@Param("filingId") long filingId);

	@Select("SELECT province, msg_code, reason, blocked_at FROM province_block ORDER BY province")
	List<ProvinceBlocks.Block> allBlocks();

	@Delete("DELETE FROM province_block WHERE province = #{province}")
	int deleteBlock(@Param("province") String province);

	@Insert("""
			INSERT INTO upload_batch_move (batch_id, from_state, to_state, msg_code, msg, moved_at)
			VALUES (#{id}, #{from}, #{to}, #{msgCode}, #{msg}, #{now})
			""")
	void insertMove(@Param("id") long id, @Param("from") UploadBatchState from, @Param("to") UploadBatchState to,
			@Param("msgCode") Integer msgCode, @Param("msg") String msg, @Param("now") Instant now);

	@Insert("""
			INSERT INTO upload_batch_move (batch_id, from_state, to_state, msg, moved_at)
			SELECT id, 'BLOCKED', 'BUILT', 'block lifted', #{now} FROM upload_batch
			WHERE province = #{province} AND state = 'BLOCKED'
			""")
	void insertUnblockMoves(@Param("province") String province, @Param("now") Instant now);

	@Update("UPDATE upload_batch SET state = 'BUILT', updated_at = #{now} WHERE province = #{province} AND state = 'BLOCKED'")
	int unblockFiles(@Param("province") String province, @Param("now") Instant now);

	void insertBlock(@Param("province") String province, @Param("msgCode") int msgCode,
			@Param("reason") String reason, @Param("now") Instant now);

	List<Map<String, Object>> sealedAfter(@Param("after") long after, @Param("limit") int limit);

	void updateSealed(@Param("r") Map<String, Object> row);

	/**
	 * A part of a file's payload as stored: sealed, the slice's decoded bytes; or with {@code textPayload} the Base64
	 * text itself (a file stored whole before V34).
	 */
	record StoredPart(byte[] sealed, boolean textPayload) {
	}

}
