package cn.beianbridge.calendar.internal;

import java.util.Set;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.CalendarFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health component {@code calendar}: DEGRADED while a year is missing or a calendar file is broken.
 * Each check also picks up files added or edited since the last read, so dropping in next year's
 * file clears the alert without a restart.
 */
@Component
class CalendarHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED");

	private static final Logger log = LoggerFactory.getLogger(CalendarHealthIndicator.class);

	private final BusinessCalendar calendar;

	private final CalendarDirectory directory;

	private volatile String lastError;

	CalendarHealthIndicator(BusinessCalendar calendar, CalendarDirectory directory) {
		this.calendar = calendar;
		this.directory = directory;
	}

	@Override
	public Health health() {
		String error = reloadIfChanged();
		Set<Integer> missing = this.calendar.missingYears();
		Set<Integer> loaded = this.calendar.loadedYears();
		if (missing.isEmpty() && error == null) {
			return Health.up().withDetail("loadedYears", loaded).build();
		}
		Health.Builder health = Health.status(DEGRADED)
			.withDetail("missingYears", missing)
			.withDetail("loadedYears", loaded);
		if (!missing.isEmpty()) {
			health.withDetail("message", "No official calendar for " + missing
					+ ": deadlines in these years follow the Monday-Friday rule and are provisional. Add "
					+ this.directory.directory().resolve("cn-" + missing.iterator().next() + ".yml")
					+ " from the State Council's holiday notice.");
		}
		if (error != null) {
			health.withDetail("error", error + " (the calendar loaded before stays in use)");
		}
		return health.build();
	}

	/** @return the error of a failed reload, or null */
	private String reloadIfChanged() {
		if (!this.directory.changedSinceLastRead()) {
			return null;
		}
		try {
			this.calendar.reload();
			this.lastError = null;
			return null;
		}
		catch (CalendarFileException ex) {
			if (!ex.getMessage().equals(this.lastError)) {
				log.warn("Calendar file rejected, keeping the calendar loaded before: {}", ex.getMessage());
			}
			this.lastError = ex.getMessage();
			return ex.getMessage();
		}
	}

}
