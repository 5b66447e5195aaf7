package cn.beianbridge.calendar;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the yearly calendar files live and in which zone a calendar day is reckoned.
 *
 * @param directory folder holding {@code cn-<year>.yml}; default {@code config/calendar}
 * @param zone the zone of the calendar days; default {@code Asia/Shanghai}
 */
@ConfigurationProperties("bridge.calendar")
public record CalendarSettings(Path directory, ZoneId zone) {

	public CalendarSettings {
		if (directory == null) {
			directory = Path.of("config/calendar");
		}
		if (zone == null) {
			zone = BusinessCalendar.SHANGHAI;
		}
	}

}
