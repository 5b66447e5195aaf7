package cn.beianbridge.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.beianbridge.calendar.internal.CalendarDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Deadlines as the operators see them, on the shipped 2025 and 2026 calendars, today being mid-2026. */
class BusinessCalendarTests {

	static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), BusinessCalendar.SHANGHAI);

	final BusinessCalendar calendar = new BusinessCalendar(new CalendarDirectory(Path.of("config/calendar"))::read,
			BusinessCalendar.SHANGHAI, MID_2026);

	@ParameterizedTest(name = "approved {0} -> due at the end of {1}")
	@CsvSource({
			// DOMAIN.md: Friday before the 国庆 make-up Sunday; eve of 国庆; Friday before the 春节 make-up Saturday
			"2026-09-18T10:00+08:00, 2026-09-20",
			"2026-09-30T10:00+08:00, 2026-10-08",
			"2026-02-13T10:00+08:00, 2026-02-14",
			// late at night: the Shanghai calendar day counts, not the UTC one
			"2026-09-18T23:30+08:00, 2026-09-20",
			"2026-09-18T16:30Z,      2026-09-20",
			"2026-09-17T15:59Z,      2026-09-18",
			"2026-09-17T16:30Z,      2026-09-20",
			"2026-02-13T23:59+08:00, 2026-02-14",
			"2026-02-13T16:30Z,      2026-02-24",
			// an ordinary week
			"2026-03-10T09:00+08:00, 2026-03-11",
			"2026-03-13T09:00+08:00, 2026-03-16",
			"2026-03-14T09:00+08:00, 2026-03-16" })
	void submissionIsDueAtTheEndOfTheFirstBusinessDayAfterPhotoApproval(OffsetDateTime approved, LocalDate lastDay) {
		Deadline deadline = this.calendar.submissionDeadline(approved.toInstant());

		assertThat(deadline.at()).isEqualTo(endOfShanghaiDay(lastDay));
		assertThat(deadline.provisional()).isFalse();
	}

	@Test
	void reviewIsCountedInBusinessDaysAcrossTheOctoberHoliday() {
		Instant submitted = OffsetDateTime.parse("2026-09-23T10:00+08:00").toInstant();

		// 24 Sep (1), 28 (2), 29 (3), 30 (4), 8 Oct (5), 9 (6), Sat 10 Oct make-up (7),
		// 12..16 Oct (8-12), 19..23 (13-17), 26 (18), 27 (19), 28 (20)
		assertThat(this.calendar.reviewDueAt(submitted, 5).at())
			.isEqualTo(endOfShanghaiDay(LocalDate.parse("2026-10-08")));
		assertThat(this.calendar.reviewDueAt(submitted, 7).at())
			.isEqualTo(endOfShanghaiDay(LocalDate.parse("2026-10-10")));
		Deadline legalLimit = this.calendar.reviewDueAt(submitted, 20);
		assertThat(legalLimit.at()).isEqualTo(endOfShanghaiDay(LocalDate.parse("2026-10-28")));
		assertThat(legalLimit.provisional()).isFalse();
	}

	@Test
	void nthBusinessDayAfterSkipsHolidaysAndCountsMakeUpDays() {
		assertThat(this.calendar.nthBusinessDayAfter(LocalDate.parse("2026-09-30"), 1)).isEqualTo("2026-10-08");
		assertThat(this.calendar.nthBusinessDayAfter(LocalDate.parse("2026-02-13"), 2)).isEqualTo("2026-02-24");
		assertThat(this.calendar.nthBusinessDayAfter(LocalDate.parse("2025-01-24"), 1)).isEqualTo("2025-01-26");
	}

	@Test
	void countsMustBeAtLeastOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.nthBusinessDayAfter(LocalDate.parse("2026-03-10"), 0))
			.withMessageContaining("n must be at least 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.reviewDueAt(Instant.parse("2026-03-10T02:00:00Z"), 0))
			.withMessageContaining("limitBusinessDays must be at least 1");
	}

	@Test
	void aDeadlineInAnUnloadedYearFallsBackToWeekdaysAndIsProvisional() {
		assertThat(this.calendar.missingYears()).isEmpty();

		// Friday 5 March 2027: no official calendar, so the next Monday by the weekday rule
		Deadline deadline = this.calendar.submissionDeadline(OffsetDateTime.parse("2027-03-05T10:00+08:00").toInstant());

		assertThat(deadline.at()).isEqualTo(endOfShanghaiDay(LocalDate.parse("2027-03-08")));
		assertThat(deadline.provisional()).isTrue();
		assertThat(this.calendar.missingYears()).containsExactly(2027);
	}

	@Test
	void aDeadlineThatCrossesIntoAnUnloadedYearIsProvisional() {
		Deadline newYearsEve = this.calendar.submissionDeadline(OffsetDateTime.parse("2026-12-30T10:00+08:00").toInstant());
		assertThat(newYearsEve.at()).isEqualTo(endOfShanghaiDay(LocalDate.parse("2026-12-31")));
		assertThat(newYearsEve.provisional()).isFalse();

		Deadline crossing = this.calendar.submissionDeadline(OffsetDateTime.parse("2026-12-31T10:00+08:00").toInstant());
		assertThat(crossing.at()).isEqualTo(endOfShanghaiDay(LocalDate.parse("2027-01-01")));
		assertThat(crossing.provisional()).isTrue();
		assertThat(this.calendar.missingYears()).containsExactly(2027);
	}

	@Test
	void theCurrentYearIsMissingWithoutBeingAskedAbout() {
		Clock january2027 = Clock.fixed(Instant.parse("2027-01-02T02:00:00Z"), BusinessCalendar.SHANGHAI);
		BusinessCalendar nextYear = new BusinessCalendar(new CalendarDirectory(Path.of("config/calendar"))::read,
				BusinessCalendar.SHANGHAI, january2027);

		assertThat(nextYear.missingYears()).containsExactly(2027);
		assertThat(nextYear.loadedYears()).contains(2025, 2026).doesNotContain(2027);
	}

	@Test
	void isBusinessDayOnAnUnloadedYearUsesTheWeekdayRuleAndReportsTheYear() {
		assertThat(this.calendar.isBusinessDay(LocalDate.parse("2027-01-01"))).as("Friday, by the weekday rule").isTrue();
		assertThat(this.calendar.isBusinessDay(LocalDate.parse("2027-01-02"))).as("Saturday").isFalse();
		assertThat(this.calendar.missingYears()).containsExactly(2027);
	}

	static Instant endOfShanghaiDay(LocalDate day) {
		return day.plusDays(1).atStartOfDay(BusinessCalendar.SHANGHAI).toInstant();
	}

}
