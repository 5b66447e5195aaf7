package cn.beianbridge.submission.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SlaMapper {

	/** Per province: filings not yet with the bureau, the earliest deadline, how many are at risk or late. */
	@Select("""
			SELECT province, COUNT(*) AS waiting, MIN(submission_deadline) AS oldest_deadline,
			  SUM(CASE WHEN submission_deadline <= #{horizon} AND submission_deadline > #{now} THEN 1 ELSE 0 END) AS at_risk,
			  SUM(CASE WHEN submission_deadline <= #{now} THEN 1 ELSE 0 END) AS missed
			FROM filing WHERE state IN ('RECEIVED', 'BATCHED', 'HELD') GROUP BY province
			""")
	List<ProvinceSla> waitingByProvince(@Param("now") Instant now, @Param("horizon") Instant horizon);

	@Select("""
			SELECT id, console_filing_id, province, submission_deadline FROM filing
			WHERE state IN ('RECEIVED', 'BATCHED', 'HELD') AND submission_deadline <= #{now} AND sla_missed_at IS NULL
			ORDER BY submission_deadline LIMIT 1000
			""")
	List<MissedFiling> newlyMissed(@Param("now") Instant now);

	@Update("UPDATE filing SET sla_missed_at = #{now} WHERE id = #{id} AND sla_missed_at IS NULL")
	int flagMissed(@Param("id") long id, @Param("now") Instant now);

	record ProvinceSla(String province, long waiting, Instant oldestDeadline, long atRisk, long missed) {
	}

	record MissedFiling(long id, String consoleFilingId, String province, Instant submissionDeadline) {
	}

}
