package cn.beianbridge.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.OperatorAlert;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Submitted filings still waiting for the bureau, and the flag (set once, with a REVIEW_OVERDUE event and an
 * operator alert) for those whose province's review limit has passed. A filing the bureau approved while its ICP
 * numbers are still to come ({@link AwaitingApproval}) is reviewed: its lateness is watched by the download instead.
 */
@Service
public class ReviewOverdue {

	private static final Logger log = LoggerFactory.getLogger(ReviewOverdue.class);

	private final OverdueMapper mapper;

	private final FilingTransitions transitions;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReviewOverdue(OverdueMapper mapper, FilingTransitions transitions, MeterRegistry meters, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.mapper = mapper;
		this.transitions = transitions;
		this.meters = meters;
		this.clock = clock;
	}

	/** SUBMITTED, not yet flagged, with the time they were submitted. */
	public List<UnderReview> underReview(int limit) {
		return mapper.underReview(limit);
	}

	/**
	 * Flags the filing once; false when it was flagged already or is no longer under review.
	 *
	 * @param bureauAnswer what the bureau's status query said about the filing, for the operators
	 */
	@Transactional
	public boolean flag(UnderReview filing, Instant dueAt, String bureauAnswer) {
		Instant now = clock.instant();
		if (mapper.flag(filing.id(), now) != 1) {
			return false;
		}
		transitions.flaggedOverdue(filing, now);
		alert(filing, now, bureauAnswer);
		log.error("REVIEW OVERDUE: filing {} (province {}) submitted {} has no decision; the limit ran out {}; {}",
				filing.consoleFilingId(), filing.province(), filing.submittedAt(), dueAt, bureauAnswer);
		return true;
	}

	/**
	 * The bureau's status query shows the filing's websites filed with these numbers although no decision came in a
	 * download: it is approved with them (as an approval whose numbers came late is), flagged and alerted once.
	 *
	 * @param websiteIcpNumbers our website id → its ICP number, for every website of the filing
	 * @return false when it was flagged already or is no longer under review
	 */
	@Transactional
	public boolean approvedAtBureau(UnderReview filing, String entityIcpNumber, Map<Long, String> websiteIcpNumbers,
			String bureauAnswer) {
		Instant now = clock.instant();
		if (mapper.flag(filing.id(), now) != 1) {
			return false;
		}
		transitions.approved(filing.id(), filing.province(), entityIcpNumber, websiteIcpNumbers, "bureau",
				"no decision within the review limit; isp_querybeianstatus shows it filed: " + bureauAnswer);
		alert(filing, now, "the bureau shows it filed, so its decision was lost in the download; approved with "
				+ "the bureau's numbers: " + bureauAnswer);
		log.error("REVIEW OVERDUE: filing {} (province {}) submitted {} had no decision, but the bureau shows it filed; "
				+ "approved with its numbers: {}", filing.consoleFilingId(), filing.province(), filing.submittedAt(),
				bureauAnswer);
		return true;
	}

	private void alert(UnderReview filing, Instant now, String bureauAnswer) {
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.REVIEW_OVERDUE, filing.consoleFilingId(),
				Map.of("province", filing.province(), "consoleFilingId", filing.consoleFilingId(), "submittedAt",
						ChinaTime.format(filing.submittedAt()), "flaggedAt", ChinaTime.format(now), "bureauAnswer",
						bureauAnswer)));
		meters.counter("bridge.review.overdue", "province", filing.province()).increment();
	}

	public record UnderReview(long id, String consoleFilingId, String province, Instant submittedAt) {
	}

	@Mapper
	interface OverdueMapper {

		@Select("""
				SELECT f.id, f.console_filing_id, f.province, MAX(h.occurred_at) AS submitted_at
				FROM filing f JOIN filing_history h ON h.filing_id = f.id AND h.to_state = 'SUBMITTED'
				WHERE f.state = 'SUBMITTED' AND f.review_overdue_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM approval_awaiting_numbers a WHERE a.filing_id = f.id)
				GROUP BY f.id, f.console_filing_id, f.province ORDER BY f.id LIMIT #{limit}
				""")
		List<UnderReview> underReview(@Param("limit") int limit);

		@Update("UPDATE filing SET review_overdue_at = #{now} WHERE id = #{id} AND state = 'SUBMITTED' "
				+ "AND review_overdue_at IS NULL")
		int flag(@Param("id") long id, @Param("now") Instant now);

	}

}
