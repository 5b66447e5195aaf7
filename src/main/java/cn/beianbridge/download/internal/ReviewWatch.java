package cn.beianbridge.download.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BeianStatus;
import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.Deadline;
import cn.beianbridge.download.internal.FilingAtBureau.Answer;
import cn.beianbridge.filing.ReviewOverdue;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The {@code review-watch} job: a filing with no decision after its province's review limit, in business days
 * counted from the first business day after submission (DOMAIN.md), is flagged once as overdue. Before the flag the
 * bureau is asked about it ({@code isp_querybeianstatus}, by each website's first domain and by the entity's
 * certificate): when it shows every website filed, the decision was lost in the download and the filing is approved
 * with the bureau's numbers; otherwise the answer goes into the operators' alert. The flag makes it once per filing.
 */
@Component
class ReviewWatch implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(ReviewWatch.class);

	private static final int PER_RUN = 10_000;

	static final String UNKNOWN = "still in review at the bureau, or unknown to it";

	private final ReviewOverdue overdue;

	private final FilingAtBureau bureau;

	private final BusinessCalendar calendar;

	private final ProvinceCatalogue provinces;

	private final Clock clock;

	ReviewWatch(ReviewOverdue overdue, FilingAtBureau bureau, BusinessCalendar calendar, ProvinceCatalogue provinces,
			Clock clock) {
		this.overdue = overdue;
		this.bureau = bureau;
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
				flag(filing, due);
			}
		}
	}

	private void flag(ReviewOverdue.UnderReview filing, Deadline due) {
		Answer websites;
		String entity;
		try {
			websites = bureau.websites(filing.id(), filing.province());
			entity = bureau.entity(filing.id(), filing.province()).map(BeianStatus::said).orElse(null);
		}
		catch (RuntimeException ex) {
			// the flag and its alert matter more than the answer: they go out saying the bureau could not be asked
			log.warn("Could not ask province {} about overdue filing {}", filing.province(), filing.consoleFilingId(),
					ex);
			overdue.flag(filing, due.at(), "the bureau could not be asked: " + ex.getMessage());
			return;
		}
		if (websites.complete()) {
			overdue.approvedAtBureau(filing, websites.entityIcpNumber(), websites.websiteIcpNumbers(),
					joined(websites.said(), entity));
			return;
		}
		String verdict = websites.answered() ? UNKNOWN : "the bureau could not tell";
		overdue.flag(filing, due.at(), joined(verdict + ": " + websites.said(), entity));
	}

	private static String joined(String websites, String entity) {
		List<String> parts = new ArrayList<>(List.of(websites));
		Optional.ofNullable(entity).ifPresent(parts::add);
		return String.join("; ", parts);
	}

}
