package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** {@code filing_password_check}: where each filing's password check before sending stands. */
@Mapper
interface FilingPasswordCheckMapper {

	@Select("<script>SELECT filing_id, outcome, detail, checks FROM filing_password_check WHERE filing_id IN "
			+ "<foreach item='id' collection='filingIds' open='(' separator=',' close=')'>#{id}</foreach></script>")
	List<CheckRow> findAll(@Param("filingIds") Collection<Long> filingIds);

	@Insert("INSERT INTO filing_password_check (filing_id, province, outcome, detail, checks, first_checked_at, "
			+ "last_checked_at) VALUES (#{filingId}, #{province}, #{outcome}, #{detail}, #{checks}, #{now}, #{now})")
	void insert(@Param("filingId") long filingId, @Param("province") String province, @Param("outcome") String outcome,
			@Param("detail") String detail, @Param("checks") int checks, @Param("now") Instant now);

	/** Rows of filings checked for the first time, in one insert. */
	@Insert("<script>INSERT INTO filing_password_check (filing_id, province, outcome, detail, checks, first_checked_at, "
			+ "last_checked_at) VALUES <foreach item='r' collection='rows' separator=','>(#{r.filingId}, #{province}, "
			+ "#{r.outcome}, #{r.detail}, #{r.checks}, #{now}, #{now})</foreach></script>")
	void insertAll(@Param("rows") List<CheckRow> rows, @Param("province") String province, @Param("now") Instant now);

	@Update("UPDATE filing_password_check SET outcome = #{outcome}, detail = #{detail}, checks = #{checks}, "
			+ "last_checked_at = #{now} WHERE filing_id = #{filingId}")
	int update(@Param("filingId") long filingId, @Param("outcome") String outcome, @Param("detail") String detail,
			@Param("checks") int checks, @Param("now") Instant now);

	/**
	 * @param outcome CORRECT, WRONG, WAITING (asked, no answer yet) or SKIPPED (not asked: the province's form)
	 * @param checks how many answers the filing got (one call answers every filing of its entity and password in a run)
	 */
	record CheckRow(long filingId, String outcome, String detail, int checks) {
	}

}
