package cn.beianbridge.notification.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.CalendarSettings;
import cn.beianbridge.calendar.CalendarYear;
import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.shared.OperatorAlert;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators hear of next year's missing calendar before its first deadline does, once a day. */
class CalendarWatchTests {

	private final List<OperatorAlert> alerts = new ArrayList<>();

	@Test
	void nextYearsCalendarIsAskedForWithinTheLookaheadOnly() {
		watch("2026-11-10T09:00:00+08:00").run();
		assertThat(alerts).isEmpty();

		watch("2026-11-28T09:00:00+08:00").run();
		assertThat(alerts).singleElement().satisfies(alert -> {
			assertThat(alert.kind()).isEqualTo(OperatorAlert.Kind.CALENDAR_YEAR_MISSING);
			assertThat(alert.key()).isEqualTo("2027@2026-11-28");
			assertThat(alert.variables()).containsEntry("year", "2027")
				.containsEntry("file", Path.of("config/calendar/cn-2027.yml").toString());
		});
	}

	@Test
	void aYearWithoutItsCalendarIsAlertedUnderTheDaysKey() {
		watch("2027-01-04T09:00:00+08:00").run();

		assertThat(alerts).extracting(OperatorAlert::key).containsExactly("2027@2027-01-04");
	}

	private CalendarWatch watch(String now) {
		Clock clock = Clock.fixed(Instant.parse(now.replace("+08:00", "Z")).minusSeconds(8 * 3600), ZoneOffset.UTC);
		BusinessCalendar calendar = new BusinessCalendar(
				() -> List.of(new CalendarYear(2026, "test", Set.of(), Set.of())), BusinessCalendar.SHANGHAI, clock);
		NotificationSettings settings = new NotificationSettings(true, Path.of("config/notifications"),
				java.time.Duration.ofSeconds(5), 20, java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(30),
				java.time.Duration.ofMinutes(30), 8, "beian@localhost",
				new NotificationSettings.Operators(List.of(), List.of()), java.time.Duration.ofDays(45),
				new NotificationSettings.Sms(8), new NotificationSettings.Email(4));
		return new CalendarWatch(calendar, new CalendarSettings(Path.of("config/calendar"), BusinessCalendar.SHANGHAI),
				settings, event -> alerts.add((OperatorAlert) event), clock);
	}

}
