package cn.beianbridge.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days in mainland China: a listed holiday is off, a listed make-up day (调休上班) is on,
 * any other date is on Monday–Friday and off at weekends. Years without an official file fall back
 * to the weekday rule; deadlines that touch them are provisional and the year is reported missing.
 */
public final class BusinessCalendar {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

	private final Supplier<List<CalendarYear>> source;

	private final ZoneId zone;

	private final Clock clock;

	/** Replaced whole on reload, so a computation never sees half of a new file set. */
	private volatile Map<Integer, CalendarYear> years = Map.of();

	private final Set<Integer> missing = ConcurrentHashMap.newKeySet();

	/**
	 * @param source reads the years afresh; called now and on every {@link #reload()}
	 * @param zone the zone in which a calendar day is reckoned
	 * @param clock tells the current year, which must always be loaded
	 */
	public BusinessCalendar(Supplier<List<CalendarYear>> source, ZoneId zone, Clock clock) {
		this.source = Objects.requireNonNull(source, "source");
		this.zone = Objects.requireNonNull(zone, "zone");
		this.clock = Objects.requireNonNull(clock, "clock");
		reload();
	}

	/** A calendar of fixed years in Asia/Shanghai, e.g. for tests. */
	public static BusinessCalendar of(List<CalendarYear> years) {
		List<CalendarYear> fixed = List.copyOf(years);
		return new BusinessCalendar(() -> fixed, SHANGHAI, Clock.system(SHANGHAI));
	}

	/**
	 * Reads the years again from the source, so a newly published year counts without a restart.
	 * If the source fails, the years loaded before stay in force and the error is thrown.
	 */
	public synchronized void reload() {
		Map<Integer, CalendarYear> loaded = new TreeMap<>();
		for (CalendarYear year : this.source.get()) {
			if (loaded.putIfAbsent(year.year(), year) != null) {
				throw new IllegalArgumentException("Calendar year " + year.year() + " is given twice");
			}
		}
		this.years = Collections.unmodifiableMap(loaded);
		this.missing.removeAll(loaded.keySet());
		log.info("Business calendar loaded for years {}", loaded.keySet());
	}

	public boolean isBusinessDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return isBusinessDay(date, yearOf(date, this.years));
	}

	/** The n-th business day strictly after {@code date}; n = 1 is the next business day. */
	public LocalDate nthBusinessDayAfter(LocalDate date, int n) {
		return count(date, n, "n").day();
	}

	/** End of the first business day after the calendar day on which the filing was photo-approved. */
	public Deadline submissionDeadline(Instant photoApprovedAt) {
		Objects.requireNonNull(photoApprovedAt, "photoApprovedAt");
		return endOf(count(dayOf(photoApprovedAt), 1, "n"));
	}

	/**
	 * When a review becomes overdue: the end of the limit-th business day, day 1 being the first
	 * business day after the calendar day of submission.
	 */
	public Deadline reviewDueAt(Instant submittedAt, int limitBusinessDays) {
		Objects.requireNonNull(submittedAt, "submittedAt");
		return endOf(count(dayOf(submittedAt), limitBusinessDays, "limitBusinessDays"));
	}

	public SortedSet<Integer> loadedYears() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.years.keySet()));
	}

	/** Years asked about but not loaded, and the current year if it is not loaded. */
	public SortedSet<Integer> missingYears() {
		Map<Integer, CalendarYear> loaded = this.years;
		yearOf(LocalDate.ofInstant(this.clock.instant(), this.zone), loaded);
		TreeSet<Integer> result = new TreeSet<>(this.missing);
		result.removeAll(loaded.keySet());
		return Collections.unmodifiableSortedSet(result);
	}

	public ZoneId zone() {
		return this.zone;
	}

	private CountedDay count(LocalDate date, int n, String name) {
		Objects.requireNonNull(date, "date");
		if (n < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, was " + n);
		}
		Map<Integer, CalendarYear> loaded = this.years;
		boolean provisional = false;
		LocalDate day = date;
		for (int found = 0; found < n;) {
			day = day.plusDays(1);
			CalendarYear year = yearOf(day, loaded);
			provisional |= (year == null);
			if (isBusinessDay(day, year)) {
				found++;
			}
		}
		return new CountedDay(day, provisional);
	}

	private CalendarYear yearOf(LocalDate date, Map<Integer, CalendarYear> loaded) {
		CalendarYear year = loaded.get(date.getYear());
		if (year == null && this.missing.add(date.getYear())) {
			log.warn("No business calendar for {}: its dates follow the Monday-Friday rule and deadlines in it are "
					+ "provisional until a cn-{}.yml file with the State Council's arrangement is loaded",
					date.getYear(), date.getYear());
		}
		return year;
	}

	private static boolean isBusinessDay(LocalDate date, CalendarYear year) {
		if (year != null && year.holidays().contains(date)) {
			return false;
		}
		if (year != null && year.workdays().contains(date)) {
			return true;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	private Deadline endOf(CountedDay counted) {
		return new Deadline(counted.day().plusDays(1).atStartOfDay(this.zone).toInstant(), counted.provisional());
	}

	private record CountedDay(LocalDate day, boolean provisional) {
	}

}
