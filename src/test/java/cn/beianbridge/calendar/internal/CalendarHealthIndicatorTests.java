package cn.beianbridge.calendar.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.beianbridge.calendar.BusinessCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** What operations see: the health component, the gauge, and the alert clearing once the file is added. */
class CalendarHealthIndicatorTests {

	static final String CN_2027 = """
			year: 2027
			source: "test notice"
			holidays: [2027-01-01]
			workdays: []
			""";

	@TempDir
	Path folder;

	BusinessCalendar calendar;

	CalendarHealthIndicator indicator;

	@BeforeEach
	void shipThe2026Calendar() throws IOException {
		Files.copy(Path.of("config/calendar/cn-2026.yml"), this.folder.resolve("cn-2026.yml"));
		CalendarDirectory directory = new CalendarDirectory(this.folder);
		Clock mid2026 = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), BusinessCalendar.SHANGHAI);
		this.calendar = new BusinessCalendar(directory::read, BusinessCalendar.SHANGHAI, mid2026);
		this.indicator = new CalendarHealthIndicator(this.calendar, directory);
	}

	@Test
	void upWhileEveryYearAskedAboutIsLoaded() {
		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("loadedYears", Set.of(2026));
	}

	@Test
	void degradedWhileAYearIsMissingAndUpAgainOnceItsFileIsDroppedIn() throws IOException {
		this.calendar.isBusinessDay(LocalDate.parse("2027-01-04"));

		Health degraded = this.indicator.health();
		assertThat(degraded.getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(degraded.getDetails()).containsEntry("missingYears", Set.of(2027))
			.containsEntry("loadedYears", Set.of(2026));
		assertThat(degraded.getDetails().get("message").toString()).contains("2027").contains("cn-2027.yml");

		Files.writeString(this.folder.resolve("cn-2027.yml"), CN_2027);
		Health up = this.indicator.health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(this.calendar.loadedYears()).containsExactly(2026, 2027);
		assertThat(this.calendar.isBusinessDay(LocalDate.parse("2027-01-01"))).isFalse();
	}

	@Test
	void aBrokenFileIsReportedUntilItIsFixed() throws IOException {
		Files.writeString(this.folder.resolve("cn-2027.yml"), CN_2027.replace("2027-01-01", "2027-01-32"));

		for (int check = 0; check < 2; check++) {
			Health health = this.indicator.health();
			assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
			assertThat(health.getDetails().get("error").toString()).contains("cn-2027.yml").contains("holidays[0]");
		}
		assertThat(this.calendar.isBusinessDay(LocalDate.parse("2026-10-01"))).as("2026 still loaded").isFalse();

		Files.writeString(this.folder.resolve("cn-2027.yml"), CN_2027);
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void theGaugeCountsMissingYears() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new CalendarConfiguration().calendarMetrics(this.calendar).bindTo(registry);
		assertThat(registry.get("bridge.calendar.missing.years").gauge().value()).isZero();

		this.calendar.isBusinessDay(LocalDate.parse("2027-01-04"));
		this.calendar.isBusinessDay(LocalDate.parse("2028-01-04"));

		assertThat(registry.get("bridge.calendar.missing.years").gauge().value()).isEqualTo(2.0);
	}

}
