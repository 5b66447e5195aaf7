package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** {@code bureau_operation_target}: the object each CHANGE or CANCEL filing names, by the bureau's id. */
@Mapper
interface OperationTargetMapper {

	@Select("SELECT filing_id, operation, bureau_id, waits_for FROM bureau_operation_target WHERE filing_id = #{filingId}")
	TargetRow find(@Param("filingId") long filingId);

	@Insert("INSERT INTO bureau_operation_target (filing_id, province, operation, bureau_id, recorded_at) "
			+ "VALUES (#{filingId}, #{province}, #{operation}, #{bureauId}, #{now})")
	void insert(@Param("filingId") long filingId, @Param("province") String province,
			@Param("operation") String operation, @Param("bureauId") long bureauId, @Param("now") Instant now);

	/** The target as built now (an id learned since may differ); who it waits for is forgotten with it. */
	@Update("UPDATE bureau_operation_target SET operation = #{operation}, bureau_id = #{bureauId}, waits_for = NULL, "
			+ "recorded_at = #{now} WHERE filing_id = #{filingId} AND (operation <> #{operation} OR bureau_id <> #{bureauId})")
	int retarget(@Param("filingId") long filingId, @Param("operation") String operation,
			@Param("bureauId") long bureauId, @Param("now") Instant now);

	/** The other filings naming the same object for the same operation, oldest first. */
	@Select("SELECT filing_id FROM bureau_operation_target WHERE operation = #{operation} AND bureau_id = #{bureauId} "
			+ "AND filing_id <> #{filingId} ORDER BY filing_id")
	List<Long> others(@Param("filingId") long filingId, @Param("operation") String operation,
			@Param("bureauId") long bureauId);

	@Update("UPDATE bureau_operation_target SET waits_for = #{waitsFor} WHERE filing_id = #{filingId}")
	int waitsFor(@Param("filingId") long filingId, @Param("waitsFor") Long waitsFor);

	record TargetRow(long filingId, String operation, long bureauId, Long waitsFor) {
	}

}
