package cn.beianbridge.calendar;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The application reads config/calendar at start-up and shows it as the health component "calendar". */
@SpringBootTest
@ActiveProfiles("test")
class CalendarActuatorTests {

	@Autowired
	HealthEndpoint health;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	CalendarSettings settings;

	@Test
	void theShippedCalendarIsLoadedAndReportedAsHealthComponentCalendar() {
		IndicatedHealthDescriptor component = (IndicatedHealthDescriptor) this.health.healthForPath("calendar");

		assertThat(this.settings.zone()).isEqualTo(BusinessCalendar.SHANGHAI);
		assertThat(this.calendar.loadedYears()).contains(2025, 2026);
		assertThat(component.getDetails().get("loadedYears")).isEqualTo(this.calendar.loadedYears());
		// whether today's year has a file depends on the date the test runs
		String expected = this.calendar.missingYears().isEmpty() ? "UP" : "DEGRADED";
		assertThat(component.getStatus().getCode()).isEqualTo(expected);
		if (expected.equals("DEGRADED")) {
			assertThat(component.getDetails().get("missingYears")).isEqualTo(Set.copyOf(this.calendar.missingYears()));
		}
	}

}
