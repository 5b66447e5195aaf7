package cn.beianbridge.lifecycle.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.filing.FilingCensus;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.notification.NotificationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary line names approvals waiting for their ICP numbers, and calls for an operator once they are late. */
class LifecycleSummaryLineTests {

	private static final Map<NotificationStatus, Long> NOTIFICATIONS = Map.of(NotificationStatus.PENDING, 0L,
			NotificationStatus.SENT, 3L, NotificationStatus.DEAD, 0L);

	@Test
	void approvalsAwaitingTheirNumbersAreCountedAndLateOnesNeedAnOperator() {
		LifecycleSummaryWork.Census waiting = census(2, 0);
		LifecycleSummaryWork.Census late = census(2, 1);

		assertThat(LifecycleSummaryWork.line(waiting)).contains("submitted=5 approved=9")
			.contains("rejected inputs=0, approvals awaiting numbers=2 (late=0) | notifications");
		assertThat(LifecycleSummaryWork.needsAnOperator(waiting)).as("waiting within the wait is normal").isFalse();
		assertThat(LifecycleSummaryWork.line(late)).contains("approvals awaiting numbers=2 (late=1)");
		assertThat(LifecycleSummaryWork.needsAnOperator(late)).isTrue();
	}

	private static LifecycleSummaryWork.Census census(long awaiting, long late) {
		return new LifecycleSummaryWork.Census(new FilingCensus(Map.of(FilingState.SUBMITTED, 5L, FilingState.APPROVED, 9L),
				Map.of("DELIVERED", 14L), 0, 0, 0, awaiting, late), NOTIFICATIONS);
	}

}
