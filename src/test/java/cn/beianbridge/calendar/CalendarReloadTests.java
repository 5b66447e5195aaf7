package cn.beianbridge.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.beianbridge.calendar.internal.CalendarDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A new year's notice is a new file: dropped into the folder, it counts after reload(), no restart. */
class CalendarReloadTests {

	static final String CN_2027 = """
			year: 2027
			source: "test notice"
			holidays: [2027-01-01, 2027-03-08]
			workdays: [2027-03-06]
			""";

	@TempDir
	Path folder;

	@Test
	void reloadPicksUpANewYearAndClearsItFromTheMissingYears() throws IOException {
		Files.copy(Path.of("config/calendar/cn-2026.yml"), this.folder.resolve("cn-2026.yml"));
		BusinessCalendar calendar = calendarOn(this.folder);
		Instant fridayInMarch2027 = OffsetDateTime.parse("2027-03-05T10:00+08:00").toInstant();
		Deadline before = calendar.submissionDeadline(fridayInMarch2027);
		assertThat(before.provisional()).isTrue();
		assertThat(before.at()).isEqualTo(BusinessCalendarTests.endOfShanghaiDay(LocalDate.parse("2027-03-08")));
		assertThat(calendar.missingYears()).containsExactly(2027);

		Files.writeString(this.folder.resolve("cn-2027.yml"), CN_2027);
		calendar.reload();

		Deadline after = calendar.submissionDeadline(fridayInMarch2027);
		assertThat(after.provisional()).isFalse();
		assertThat(after.at()).as("the make-up Saturday")
			.isEqualTo(BusinessCalendarTests.endOfShanghaiDay(LocalDate.parse("2027-03-06")));
		assertThat(calendar.missingYears()).isEmpty();
		assertThat(calendar.loadedYears()).containsExactly(2026, 2027);
		assertThat(calendar.isBusinessDay(LocalDate.parse("2027-01-01"))).isFalse();
	}

	@Test
	void aBrokenNewFileLeavesTheCalendarLoadedBeforeInUse() throws IOException {
		Files.copy(Path.of("config/calendar/cn-2026.yml"), this.folder.resolve("cn-2026.yml"));
		BusinessCalendar calendar = calendarOn(this.folder);
		Files.writeString(this.folder.resolve("cn-2027.yml"), CN_2027.replace("2027-03-08", "2027-02-30"));

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(calendar::reload)
			.withMessageContaining("cn-2027.yml")
			.withMessageContaining("holidays[1]")
			.withMessageContaining("2027-02-30");
		assertThat(calendar.loadedYears()).containsExactly(2026);
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-10-01"))).isFalse();
	}

	@Test
	void aMissingFolderMeansTheWeekdayRuleEverywhere() {
		BusinessCalendar calendar = calendarOn(this.folder.resolve("absent"));

		assertThat(calendar.loadedYears()).isEmpty();
		assertThat(calendar.missingYears()).containsExactly(2026);
		assertThat(calendar.isBusinessDay(LocalDate.parse("2026-10-01"))).as("national day, unknown here").isTrue();
	}

	private static BusinessCalendar calendarOn(Path folder) {
		Clock mid2026 = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), BusinessCalendar.SHANGHAI);
		return new BusinessCalendar(new CalendarDirectory(folder)::read, BusinessCalendar.SHANGHAI, mid2026);
	}

}
