package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.springframework.stereotype.Service;

/**
 * Filings not yet with their bureau (received, batched, held) against their submission deadlines, for the
 * submission's SLA watch: how they stand per province, and the flag (set once) on each whose deadline passed.
 */
@Service
public class SubmissionDeadlines {

	private final DeadlineMapper mapper;

	SubmissionDeadlines(DeadlineMapper mapper) {
		this.mapper = mapper;
	}

	/** Per province with any: how many wait, the earliest deadline, how many are due by {@code horizon} or late. */
	public List<ProvinceWaiting> waitingByProvince(Instant now, Instant horizon) {
		return mapper.waitingByProvince(now, horizon);
	}

	/** Up to 1000 not yet flagged whose deadline passed, earliest first. */
	public List<Missed> newlyMissed(Instant now) {
		return mapper.newlyMissed(now);
	}

	/** Flags the filing's missed deadline once; false when it was flagged already. */
	public boolean flagMissed(long id, Instant now) {
		return mapper.flagMissed(id, now) == 1;
	}

	public record ProvinceWaiting(String province, long waiting, Instant oldestDeadline, long atRisk, long missed) {
	}

	public record Missed(long id, String consoleFilingId, String province, Instant submissionDeadline) {
	}

	@Mapper
	interface DeadlineMapper {

		@Select("""
				SELECT province, COUNT(*) AS waiting, MIN(submission_deadline) AS oldest_deadline,
				  SUM(CASE WHEN submission_deadline <= #{horizon} AND submission_deadline > #{now} THEN 1 ELSE 0 END) AS at_risk,
				  SUM(CASE WHEN submission_deadline <= #{now} THEN 1 ELSE 0 END) AS missed
				FROM filing WHERE state IN ('RECEIVED', 'BATCHED', 'HELD') GROUP BY province
				""")
		List<ProvinceWaiting> waitingByProvince(@Param("now") Instant now, @Param("horizon") Instant horizon);

		@Select("""
				SELECT id, console_filing_id, province, submission_deadline FROM filing
				WHERE state IN ('RECEIVED', 'BATCHED', 'HELD') AND submission_deadline <= #{now} AND sla_missed_at IS NULL
				ORDER BY submission_deadline LIMIT 1000
				""")
		List<Missed> newlyMissed(@Param("now") Instant now);

		@Update("UPDATE filing SET sla_missed_at = #{now} WHERE id = #{id} AND sla_missed_at IS NULL")
		int flagMissed(@Param("id") long id, @Param("now") Instant now);

	}

}
