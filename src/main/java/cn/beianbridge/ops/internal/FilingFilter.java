package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import cn.beianbridge.filing.FilingQuery;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.shared.ChinaTime;

/**
 * The filters of {@code /ops/filings}, from its URL, checked: {@code q} (text), {@code province}, {@code state},
 * {@code deadlineFrom} and {@code deadlineTo} (a day, China time, from its start and up to its end, or an ISO
 * date-time with its offset). The search shows a page of them; a bulk action works on all of them.
 */
record FilingFilter(String text, String province, FilingState state, Instant deadlineFrom, Instant deadlineTo) {

	static FilingFilter of(String q, String province, String state, String deadlineFrom, String deadlineTo) {
		if (province != null && !province.isBlank() && !province.strip().matches("[0-9]{2}")) {
			throw OpsProblem.badInput("province", "a province code of two digits, e.g. 33");
		}
		if (q != null && q.length() > 253) {
			throw OpsProblem.badInput("q", "at most 253 characters");
		}
		return new FilingFilter(q, province, state(state), time("deadlineFrom", deadlineFrom, false),
				time("deadlineTo", deadlineTo, true));
	}

	static FilingFilter of(BulkQuery query) {
		return of(query.get("q"), query.get("province"), query.get("state"), query.get("deadlineFrom"),
				query.get("deadlineTo"));
	}

	FilingQuery page(int page, int size) {
		return new FilingQuery(text, province, state, deadlineFrom, deadlineTo, page, size);
	}

	private static FilingState state(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return FilingState.valueOf(state.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw OpsProblem.badInput("state", "one of " + List.of(FilingState.values()));
		}
	}

	private static Instant time(String field, String text, boolean endOfDay) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ChinaTime.ZONE).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw OpsProblem.badInput(field, "a day (2026-12-01) or a date-time with its offset");
		}
	}

}
