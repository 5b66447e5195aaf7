package cn.beianbridge.download.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.support.MutableClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ReviewWatchTests {

	@Autowired
	ReviewWatch watch;

	@Autowired
	FilingIntake intake;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	Filings filings;

	@Autowired
	MutableClock clock;

	@Autowired
	Notifications notifications;

	@Autowired
	ApprovalsAwaitingNumbers awaiting;

	@Test
	void aFilingWithNoDecisionAfterItsProvincesLimitIsFlaggedOnceWithAnEventForTheConsole() {
		long id = intake.accept(aFirstFiling().inProvince("44").withConsoleFilingId("OVERDUE-1").bytes(),
				IntakeSource.PUSH, "test").filingId();
		transitions.batched(List.of(id), "test", "test");
		transitions.submitted(List.of(id), "test", "test"); // Friday 27 Nov 2026
		// Guangdong reviews within 20 business days, counted from Monday 30 Nov: the 20th is Friday 25 Dec
		clock.advance(Duration.between(clock.instant(), Instant.parse("2026-12-25T15:00:00Z")));

		watch.run();
		assertThat(overdueEvents()).isZero();

		clock.advance(Duration.ofHours(2)); // past the end of 25 Dec in Shanghai
		watch.run();
		watch.run();

		assertThat(overdueEvents()).isOne();
		// and one alert for the operators (bridge.notifications.operators.emails), planned with the flag
		assertThat(notifications.forFiling("OVERDUE-1")).singleElement().satisfies(alert -> {
			assertThat(alert.kind()).isEqualTo(NotificationKind.REVIEW_OVERDUE);
			assertThat(alert.recipient()).isEqualTo("ops@demo.example.com");
			assertThat(alert.subject()).isEqualTo("[beian-bridge] 管局审核超期：OVERDUE-1（广东）");
			assertThat(alert.body()).contains("2026-11-2");
		});
	}

	@Test
	void aFilingTheBureauApprovedBeforeSendingItsNumbersIsNotOverdue() {
		long id = intake.accept(aFirstFiling().inProvince("45").withConsoleFilingId("OVERDUE-2").bytes(),
				IntakeSource.PUSH, "test").filingId();
		transitions.batched(List.of(id), "test", "test");
		transitions.submitted(List.of(id), "test", "test");
		awaiting.park(id, "45", "45BAJG1", clock.instant().plus(Duration.ofDays(1)));
		clock.advance(Duration.ofDays(60));
		try {
			watch.run();
		}
		finally {
			// the other test sets the clock to dates of its own
			clock.advance(Duration.ofDays(-60));
		}

		assertThat(overdueEvents("OVERDUE-2")).as("reviewed: its late numbers are watched by the download").isZero();
	}

	private long overdueEvents() {
		return overdueEvents("OVERDUE-1");
	}

	private long overdueEvents(String consoleFilingId) {
		return filings.events(consoleFilingId).stream().filter(e -> e.contains("\"REVIEW_OVERDUE\"")).count();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
		}

	}

}
