package cn.beianbridge.filing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/**
 * Where each province's filings stand, for the operations console's overview: a few GROUP BY queries over the
 * filings, cheap enough to be polled every few seconds.
 */
@Service
public class ProvinceFilingCounts {

	private final CountsMapper mapper;

	ProvinceFilingCounts(CountsMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Per province with any filing; a province missing has none.
	 *
	 * @param horizon a waiting filing whose deadline falls between {@code now} and this is at risk
	 * @param decidedSince a decision at or after this counts as today's
	 */
	public Map<String, Counts> byProvince(Instant now, Instant horizon, Instant decidedSince) {
		Map<String, Counts> counts = new HashMap<>();
		for (Counts row : mapper.states(now, horizon)) {
			counts.put(row.province(), row);
		}
		for (ProvinceCount row : mapper.awaitingNumbers()) {
			counts.compute(row.province(), (province, c) -> (c == null ? Counts.none(province) : c)
				.withAwaitingNumbers(row.count()));
		}
		for (ProvinceCount row : mapper.decidedSince(decidedSince)) {
			counts.compute(row.province(), (province, c) -> (c == null ? Counts.none(province) : c)
				.withDecidedToday(row.count()));
		}
		return counts;
	}

	/**
	 * @param waiting RECEIVED or BATCHED (not yet with the bureau)
	 * @param atRisk waiting or HELD, the submission deadline within the horizon
	 * @param missed waiting or HELD, the submission deadline passed
	 * @param inReview SUBMITTED, the bureau's decision not yet in
	 * @param reviewOverdue of those, flagged past the province's review limit
	 * @param awaitingNumbers approvals waiting for their ICP numbers
	 * @param decidedToday approved, rejected or refused since the start of the day
	 */
	public record Counts(String province, long waiting, long held, long atRisk, long missed, long inReview,
			long reviewOverdue, long awaitingNumbers, long decidedToday) {

		public static Counts none(String province) {
			return new Counts(province, 0, 0, 0, 0, 0, 0, 0, 0);
		}

		public Counts plus(Counts other) {
			return new Counts(province, waiting + other.waiting, held + other.held, atRisk + other.atRisk,
					missed + other.missed, inReview + other.inReview, reviewOverdue + other.reviewOverdue,
					awaitingNumbers + other.awaitingNumbers, decidedToday + other.decidedToday);
		}

		Counts withAwaitingNumbers(long count) {
			return new Counts(province, waiting, held, atRisk, missed, inReview, reviewOverdue, count, decidedToday);
		}

		Counts withDecidedToday(long count) {
			return new Counts(province, waiting, held, atRisk, missed, inReview, reviewOverdue, awaitingNumbers, count);
		}

	}

	record ProvinceCount(String province, long count) {
	}

	@Mapper
	interface CountsMapper {

		@Select("""
				SELECT province,
				  SUM(CASE WHEN state IN ('RECEIVED', 'BATCHED') THEN 1 ELSE 0 END) AS waiting,
				  SUM(CASE WHEN state = 'HELD' THEN 1 ELSE 0 END) AS held,
				  SUM(CASE WHEN state IN ('RECEIVED', 'BATCHED', 'HELD') AND submission_deadline > #{now}
				    AND submission_deadline <= #{horizon} THEN 1 ELSE 0 END) AS at_risk,
				  SUM(CASE WHEN state IN ('RECEIVED', 'BATCHED', 'HELD') AND submission_deadline <= #{now}
				    THEN 1 ELSE 0 END) AS missed,
				  SUM(CASE WHEN state = 'SUBMITTED' THEN 1 ELSE 0 END) AS in_review,
				  SUM(CASE WHEN state = 'SUBMITTED' AND review_overdue_at IS NOT NULL THEN 1 ELSE 0 END) AS review_overdue,
				  0 AS awaiting_numbers, 0 AS decided_today
				FROM filing WHERE state IN ('RECEIVED', 'BATCHED', 'HELD', 'SUBMITTED') GROUP BY province
				""")
		List<Counts> states(@Param("now") Instant now, @Param("horizon") Instant horizon);

		@Select("SELECT province, COUNT(*) AS count FROM approval_awaiting_numbers GROUP BY province")
		List<ProvinceCount> awaitingNumbers();

		// a decided filing changes no more (but for the purge of its personal data, long after the day)
		@Select("""
				SELECT province, COUNT(*) AS count FROM filing
				WHERE state IN ('APPROVED', 'REJECTED', 'REFUSED') AND updated_at >= #{since} GROUP BY province
				""")
		List<ProvinceCount> decidedSince(@Param("since") Instant since);

	}

}
