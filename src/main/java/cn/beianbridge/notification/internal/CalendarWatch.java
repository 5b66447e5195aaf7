package cn.beianbridge.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.CalendarSettings;
import cn.beianbridge.notification.NotificationSettings;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.OperatorAlert;

/**
 * The {@code calendar-watch} job: alerts operators, once a day per year, about a year with no official
 * calendar whose days are being counted, and ahead of time about next year's (the State Council publishes it
 * in late autumn; without it, deadlines in January follow the Monday-Friday rule and are provisional).
 */
@Component
class CalendarWatch implements ScheduledWork {

	private final BusinessCalendar calendar;

	private final CalendarSettings calendarSettings;

	private final NotificationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarWatch(BusinessCalendar calendar, CalendarSettings calendarSettings, NotificationSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.calendar = calendar;
		this.calendarSettings = calendarSettings;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String jobName() {
		return "calendar-watch";
	}

	@Override
	public void run() {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		SortedSet<Integer> missing = new TreeSet<>(calendar.missingYears());
		int ahead = today.plusDays(settings.calendarLookahead().toDays()).getYear();
		for (int year = today.getYear(); year <= ahead; year++) {
			if (!calendar.loadedYears().contains(year)) {
				missing.add(year);
			}
		}
		for (int year : missing) {
			events.publishEvent(new OperatorAlert(OperatorAlert.Kind.CALENDAR_YEAR_MISSING, year + "@" + today,
					Map.of("year", Integer.toString(year),
							"file", calendarSettings.directory().resolve("cn-" + year + ".yml").toString())));
		}
	}

}
