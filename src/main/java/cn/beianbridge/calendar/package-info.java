/**
 * The Chinese business-day calendar: which dates are working days once the State Council's
 * holiday moves (调休) are applied, and the deadlines counted in those days.
 * <p>
 * Public face: {@link cn.beianbridge.calendar.BusinessCalendar} and {@link cn.beianbridge.calendar.Deadline}.
 * The years are data ({@code config/calendar/cn-<year>.yml}); a new year is a new file, picked up at run time.
 * <p>
 * Owns no table. Not a step of the flow: intake counts a filing's submission deadline with it, the review watch the
 * review limit, and jobs marked {@code business-days-only} skip the days off.
 */
package cn.beianbridge.calendar;
