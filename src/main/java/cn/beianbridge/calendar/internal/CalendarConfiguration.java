package cn.beianbridge.calendar.internal;

import java.time.Clock;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.CalendarSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	CalendarDirectory calendarDirectory(CalendarSettings settings) {
		return new CalendarDirectory(settings.directory());
	}

	/** Reads the files at start-up: a malformed file stops the application with its name and field. */
	@Bean
	BusinessCalendar businessCalendar(CalendarDirectory directory, CalendarSettings settings, Clock clock) {
		return new BusinessCalendar(directory::read, settings.zone(), clock.withZone(settings.zone()));
	}

	@Bean
	MeterBinder calendarMetrics(BusinessCalendar calendar) {
		return (registry) -> missingYearsGauge(calendar).register(registry);
	}

	static Gauge.Builder<BusinessCalendar> missingYearsGauge(BusinessCalendar calendar) {
		return Gauge.builder("bridge.calendar.missing.years", calendar, (c) -> c.missingYears().size())
			.description("Years asked about, or the current year, with no official calendar file loaded")
			.strongReference(true);
	}

}
