package cn.beianbridge.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.beianbridge.calendar.internal.CalendarDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped files in config/calendar against the State Council notices, retyped here by hand
 * so that a typo in either place fails.
 */
class OfficialCalendarTests {

	/** 2025 notice of 2024-11-12 and 2026 notice of 2025-11-04: every day off. */
	static final Set<LocalDate> NOTICED_HOLIDAYS = days(
			"2025-01-01", "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-04-06",
			"2025-05-01", "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-01", "2025-10-08",
			"2026-01-01", "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-04", "2026-04-06",
			"2026-05-01", "2026-05-05", "2026-06-19", "2026-06-21", "2026-09-25", "2026-09-27",
			"2026-10-01", "2026-10-07");

	/** The weekend days worked (调休上班) of the same notices. */
	static final Set<LocalDate> NOTICED_WORKDAYS = days(
			"2025-01-26", "2025-01-26", "2025-02-08", "2025-02-08", "2025-04-27", "2025-04-27",
			"2025-09-28", "2025-09-28", "2025-10-11", "2025-10-11",
			"2026-01-04", "2026-01-04", "2026-02-14", "2026-02-14", "2026-02-28", "2026-02-28",
			"2026-05-09", "2026-05-09", "2026-09-20", "2026-09-20", "2026-10-10", "2026-10-10");

	static final Map<Integer, CalendarYear> FILES = new CalendarDirectory(Path.of("config/calendar")).read()
		.stream()
		.collect(Collectors.toMap(CalendarYear::year, Function.identity()));

	static final BusinessCalendar calendar = BusinessCalendar.of(FILES.values().stream().toList());

	@ParameterizedTest(name = "{0}")
	@MethodSource("noticedHolidays")
	void everyHolidayOfTheNoticesIsADayOffInTheFiles(LocalDate day) {
		assertThat(FILES.get(day.getYear()).holidays()).contains(day);
		assertThat(calendar.isBusinessDay(day)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noticedWorkdays")
	void everyMakeUpDayOfTheNoticesIsAWeekendWorkingDayInTheFiles(LocalDate day) {
		assertThat(FILES.get(day.getYear()).workdays()).contains(day);
		assertThat(day.getDayOfWeek().getValue()).as("a Saturday or Sunday").isGreaterThanOrEqualTo(6);
		assertThat(calendar.isBusinessDay(day)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filedHolidays")
	void everyHolidayInTheFilesIsInTheNotices(LocalDate day) {
		assertThat(NOTICED_HOLIDAYS).contains(day);
		assertThat(calendar.isBusinessDay(day)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filedWorkdays")
	void everyMakeUpDayInTheFilesIsInTheNotices(LocalDate day) {
		assertThat(NOTICED_WORKDAYS).contains(day);
		assertThat(calendar.isBusinessDay(day)).isTrue();
	}

	@Test
	void bothYearsAreShippedWithTheirSource() {
		assertThat(calendar.loadedYears()).contains(2025, 2026);
		assertThat(FILES.get(2025).source()).contains("2024-11-12");
		assertThat(FILES.get(2026).source()).contains("2025-11-04");
		assertThat(FILES.get(2025).holidays()).hasSize(28);
		assertThat(FILES.get(2026).holidays()).hasSize(33);
	}

	@Test
	void ordinaryWeekdaysAreWorkedAndOrdinaryWeekendsAreNot() {
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-03-10"))).as("Tuesday").isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-03-13"))).as("Friday").isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-03-14"))).as("Saturday").isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-03-15"))).as("Sunday").isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-02-24"))).as("Tuesday after 春节").isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2025-10-12"))).as("Sunday after 国庆").isFalse();
	}

	static Stream<LocalDate> noticedHolidays() {
		return NOTICED_HOLIDAYS.stream();
	}

	static Stream<LocalDate> noticedWorkdays() {
		return NOTICED_WORKDAYS.stream();
	}

	static Stream<LocalDate> filedHolidays() {
		return FILES.values().stream().flatMap((year) -> year.holidays().stream()).sorted();
	}

	static Stream<LocalDate> filedWorkdays() {
		return FILES.values().stream().flatMap((year) -> year.workdays().stream()).sorted();
	}

	/** Pairs of first and last day, both included. */
	private static Set<LocalDate> days(String... ranges) {
		Set<LocalDate> days = new TreeSet<>();
		for (int i = 0; i < ranges.length; i += 2) {
			LocalDate.parse(ranges[i]).datesUntil(LocalDate.parse(ranges[i + 1]).plusDays(1)).forEach(days::add);
		}
		return days;
	}

}
