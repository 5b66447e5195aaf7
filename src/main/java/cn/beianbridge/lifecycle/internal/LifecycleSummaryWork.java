package cn.beianbridge.lifecycle.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingCensus;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The {@code lifecycle-summary} job: one line of where all filings stand, written only when something moved since
 * the last line this node wrote, so a quiet system stays quiet in the log. WARN while something waits for an
 * operator (a dead console event or notification, a review overdue, a missed submission deadline, an approval
 * whose ICP numbers are late).
 */
@Component
class LifecycleSummaryWork implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(LifecycleSummaryWork.class);

	private final Filings filings;

	private final Notifications notifications;

	// Quartz runs one firing at a time, but not always on the same thread
	private final AtomicReference<Census> last = new AtomicReference<>();

	LifecycleSummaryWork(Filings filings, Notifications notifications) {
		this.filings = filings;
		this.notifications = notifications;
	}

	@Override
	public String jobName() {
		return "lifecycle-summary";
	}

	@Override
	public void run() {
		Census census = new Census(filings.census(), notifications.countByStatus());
		if (census.equals(last.getAndSet(census))) {
			return;
		}
		if (needsAnOperator(census)) {
			log.warn("{}", line(census));
		}
		else {
			log.info("{}", line(census));
		}
	}

	/**
	 * {@code Lifecycle: received=2 held=1 batched=0 submitted=5 approved=9 rejected=1 refused=1 cancelled=0 |
	 * console events pending=2 delivered=31 dead=0 | review overdue=0, submission deadline missed=0, rejected
	 * inputs=1, approvals awaiting numbers=1 (late=0) | notifications pending=0 sent=14 dead=0}; "late": waited
	 * longer than {@code bridge.download.numbers-wait}, so the bureau was asked and the operators told
	 */
	static String line(Census both) {
		FilingCensus census = both.filings();
		String states = Stream.of(FilingState.values())
			.map(state -> state.name().toLowerCase(Locale.ROOT) + "=" + census.filings(state))
			.collect(Collectors.joining(" "));
		return "Lifecycle: " + states + " | console events pending=" + census.events("PENDING") + " delivered="
				+ census.events("DELIVERED") + " dead=" + census.events("DEAD") + " | review overdue="
				+ census.reviewOverdue() + ", submission deadline missed=" + census.deadlineMissed()
				+ ", rejected inputs=" + census.rejectedInputs() + ", approvals awaiting numbers="
				+ census.awaitingNumbers() + " (late=" + census.awaitingNumbersAsked() + ") | notifications pending="
				+ both.notifications().get(NotificationStatus.PENDING) + " sent="
				+ both.notifications().get(NotificationStatus.SENT) + " dead="
				+ both.notifications().get(NotificationStatus.DEAD);
	}

	static boolean needsAnOperator(Census both) {
		FilingCensus census = both.filings();
		return census.events("DEAD") > 0 || census.reviewOverdue() > 0 || census.deadlineMissed() > 0
				|| census.awaitingNumbersAsked() > 0 || both.notifications().get(NotificationStatus.DEAD) > 0;
	}

	record Census(FilingCensus filings, Map<NotificationStatus, Long> notifications) {
	}

}
