package cn.beianbridge.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every time the bureaus, the console and the customers see is Asia/Shanghai. */
public final class ChinaTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

	public static OffsetDateTime of(Instant instant) {
		return instant.atZone(ZONE).toOffsetDateTime();
	}

	/** RFC 3339 text with seconds always written ({@code OffsetDateTime.toString()} drops ":00"). */
	public static String format(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(of(instant));
	}

}
