package cn.beianbridge.calendar.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.beianbridge.calendar.CalendarFileException;
import cn.beianbridge.calendar.CalendarYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Someone types next year's notice into a file: every mistake is named with its file and field. */
class CalendarFileParserTests {

	static final String GOOD = """
			year: 2027
			source: "test notice"
			holidays: [2027-01-01, 2027-02-08]
			workdays: [2027-02-06]
			""";

	@TempDir
	Path folder;

	@Test
	void readsAWellFormedFile() throws IOException {
		CalendarYear year = CalendarFileParser.parse(write("cn-2027.yml", GOOD));

		assertThat(year.year()).isEqualTo(2027);
		assertThat(year.source()).isEqualTo("test notice");
		assertThat(year.holidays()).containsExactlyInAnyOrder(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-08"));
		assertThat(year.workdays()).containsExactly(LocalDate.parse("2027-02-06"));
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-02-08                  | 2027-02-30               | holidays[1]: '2027-02-30' is not a date
			2027-02-08                  | 2027-2-8                 | holidays[1]: '2027-2-8' is not a date
			2027-02-08                  | 2026-12-31               | holidays[1]: 2026-12-31 is not in 2027
			2027-02-08                  | 2027-01-01               | holidays[1]: 2027-01-01 is listed twice
			""")
	void aFaultyHolidayIsNamed(String good, String bad, String expected) throws IOException {
		Path file = write("cn-2027.yml", GOOD.replace(good, bad.replace("\\n", "\n")));

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> CalendarFileParser.parse(file))
			.withMessageStartingWith(file.toString())
			.withMessageContaining(expected);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			workdays: [2027-02-06]     | workdays: [2027-02-08]       | 2027-02-08 is listed as both a holiday and a working day
			workdays: [2027-02-06]     | workdays: [2027-02-09]       | workdays: 2027-02-09 is a TUESDAY, already a working day
			workdays: [2027-02-06]     | workdays: 2027-02-06         | workdays: must be a list of dates
			workdays: [2027-02-06]     | workday: [2027-02-06]        | workday: unknown field
			workdays: [2027-02-06]     | ''                           | workdays: missing
			year: 2027                 | year: 2028                   | year: 2028 does not match the file name
			year: 2027                 | year: twenty                 | year: 'twenty' is not a four-digit year
			source: "test notice"      | source: ""                   | source: must be a single non-empty value
			""")
	void aFaultyFieldIsNamed(String good, String bad, String expected) throws IOException {
		Path file = write("cn-2027.yml", GOOD.replace(good, bad));

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> CalendarFileParser.parse(file))
			.withMessageStartingWith(file.toString())
			.withMessageContaining(expected);
	}

	@Test
	void reportsEveryProblemOfAFileAtOnceWithItsLine() throws IOException {
		Path file = write("cn-2027.yml", GOOD.replace("2027-01-01", "2027-13-01").replace("2027-02-06", "2026-02-07"));

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> CalendarFileParser.parse(file))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"holidays[0]: '2027-13-01' is not a date (yyyy-MM-dd) (line 3)",
					"workdays[0]: 2026-02-07 is not in 2027 (line 4)"));
	}

	@Test
	void aFileNamedWithoutItsYearIsRefused() throws IOException {
		Path file = write("cn-next.yml", GOOD);

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> CalendarFileParser.parse(file))
			.withMessageContaining("cn-next.yml")
			.withMessageContaining("file name: must be cn-<year>.yml");
	}

	@Test
	void aFileThatIsNotAMappingIsRefused() throws IOException {
		Path notYaml = write("cn-2027.yml", "year: [2027\n");
		Path list = write("cn-2028.yml", "- 2028-01-01\n");

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> CalendarFileParser.parse(notYaml))
			.withMessageContaining("cn-2027.yml: cannot be read as YAML");
		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(() -> CalendarFileParser.parse(list))
			.withMessageContaining("cn-2028.yml: must be a mapping with the fields [year, source, holidays, workdays]");
	}

	@Test
	void aBrokenFileFailsTheWholeFolder() throws IOException {
		write("cn-2026.yml", Files.readString(Path.of("config/calendar/cn-2026.yml")));
		write("cn-2027.yml", GOOD.replace("2027-02-06", "2027-02-31"));

		assertThatExceptionOfType(CalendarFileException.class).isThrownBy(new CalendarDirectory(this.folder)::read)
			.withMessageContaining("cn-2027.yml")
			.withMessageContaining("workdays[0]: '2027-02-31' is not a date");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

}
