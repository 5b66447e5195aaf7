package cn.beianbridge.download.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.Deadline;
import cn.beianbridge.filing.ReviewOverdue;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The {@code review-watch} job: a filing with no decision after its province's review limit, in business days
 * counted from the first business day after submission (DOMAIN.md), is flagged once as overdue.
 */
@Component
class ReviewWatch implements ScheduledWork {

	private static final int PER_RUN = 10_000;

	private final ReviewOverdue overdue;

	private final BusinessCalendar calendar;

	private final ProvinceCatalogue provinces;

	private final Clock clock;

	ReviewWatch(ReviewOverdue overdue, BusinessCalendar calendar, ProvinceCatalogue provinces, Clock clock) {
		this.overdue = overdue;
		this.calendar = calendar;
		this.provinces = provinces;
		this.clock = clock;
	}

	@Override
	public String jobName() {
		return "review-watch";
	}

	@Override
	public void run() {
		for (ReviewOverdue.UnderReview filing : overdue.underReview(PER_RUN)) {
			Deadline due = calendar.reviewDueAt(filing.submittedAt(),
					provinces.get(filing.province()).reviewLimitBusinessDays());
			if (!clock.instant().isBefore(due.at())) {
				overdue.flag(filing, due.at());
			}
		}
	}

}
