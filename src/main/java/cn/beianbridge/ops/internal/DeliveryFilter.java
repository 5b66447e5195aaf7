package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import cn.beianbridge.filing.ConsoleEventQuery;
import cn.beianbridge.filing.FilingEventType;
import cn.beianbridge.notification.Channel;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.NotificationQuery;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.shared.ChinaTime;

/**
 * The filters of {@code /ops/deliveries}, from its URL: {@code kind} ({@code event}, the default, or
 * {@code notification}), {@code status} (DEAD when absent; {@code ANY}), {@code type} (an event's), {@code channel}
 * and {@code notice} (a notification's channel and kind), {@code filing}, {@code province} (events only: a
 * notification names no province), {@code from} and {@code to} (dates in China, both included).
 */
record DeliveryFilter(Kind kind, String status, FilingEventType type, Channel channel, NotificationKind notice,
		String filing, String province, LocalDate from, LocalDate to) {

	enum Kind {

		EVENT, NOTIFICATION

	}

	static final String DEAD = "DEAD";

	static final String ANY = "ANY";

	static DeliveryFilter of(BulkQuery query) {
		Kind kind = parse("kind", query.get("kind"), Kind.class);
		String status = query.get("status") == null ? DEAD : query.get("status").toUpperCase(Locale.ROOT);
		return new DeliveryFilter(kind == null ? Kind.EVENT : kind, ANY.equals(status) ? null : status,
				parse("type", query.get("type"), FilingEventType.class),
				parse("channel", query.get("channel"), Channel.class),
				parse("notice", query.get("notice"), NotificationKind.class), query.get("filing"),
				province(query.get("province")), date("from", query.get("from")), date("to", query.get("to")));
	}

	/** The same filters with status DEAD, whatever the page showed: what a bulk action selects from. */
	static DeliveryFilter dead(BulkQuery query, Kind kind) {
		return of(query.with("kind", kind.name()).with("status", DEAD));
	}

	ConsoleEventQuery events() {
		if (status != null && !Arrays.asList("PENDING", "DELIVERED", DEAD).contains(status)) {
			throw OpsProblem.badInput("status", "PENDING, DELIVERED or DEAD");
		}
		return new ConsoleEventQuery(status, type, filing, province, start(from), end(to));
	}

	NotificationQuery notifications() {
		NotificationStatus wanted = parse("status", status, NotificationStatus.class);
		return new NotificationQuery(wanted, channel, notice, filing, start(from), end(to));
	}

	private static String province(String code) {
		if (code != null && !code.matches("\\d{2}")) {
			throw OpsProblem.badInput("province", "a two-digit province code, e.g. 33");
		}
		return code;
	}

	private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw OpsProblem.badInput(field, "one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	private static LocalDate date(String field, String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw OpsProblem.badInput(field, "a date, yyyy-MM-dd");
		}
	}

	private static Instant start(LocalDate day) {
		return day == null ? null : day.atStartOfDay(ChinaTime.ZONE).toInstant();
	}

	private static Instant end(LocalDate day) {
		return day == null ? null : day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
	}

}
