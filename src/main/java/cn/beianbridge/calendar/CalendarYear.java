package cn.beianbridge.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's official arrangement, as published by the State Council.
 *
 * @param year the calendar year
 * @param source the notice the dates were copied from, so anyone can check them
 * @param holidays every day off, weekends inside a holiday included
 * @param workdays the weekend days that are working days (调休上班)
 */
public record CalendarYear(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {

	public CalendarYear {
		holidays = Set.copyOf(holidays);
		workdays = Set.copyOf(workdays);
	}

}
