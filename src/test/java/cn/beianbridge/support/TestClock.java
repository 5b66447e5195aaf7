package cn.beianbridge.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The suite's "now": every application the tests start (Spring test contexts through
 * {@link TestClockContextCustomizerFactory}, {@link SeparateNodes} in this JVM and in others) reads time from a
 * clock that starts at {@value #DEFAULT} (a Monday, a business day, mid-morning in Shanghai) and then ticks as
 * real time does, so leases lapse and back-offs pass. Run the suite at another date with
 * {@code ./mvnw verify -Dbridge.test.clock=2027-01-01T00:30:00+08:00}: no outcome may depend on which.
 * Tests that need a date of their own fix it themselves ({@link MutableClock}, {@code Clock.fixed}).
 */
public final class TestClock {

	/** The date and time the suite runs at, an ISO offset date-time. */
	public static final String PROPERTY = "bridge.test.clock";

	/** How far the suite's clock is ahead of real time: passed to other JVMs so all nodes read the same time. */
	public static final String OFFSET_PROPERTY = "bridge.test.clock-offset";

	static final String DEFAULT = "2026-11-30T10:00:00+08:00";

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter CONSOLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final Duration OFFSET = offsetFromProperties();

	private static final Clock CLOCK = Clock.offset(Clock.systemUTC(), OFFSET);

	private TestClock() {
	}

	public static Clock clock() {
		return CLOCK;
	}

	public static Instant now() {
		return CLOCK.instant();
	}

	/** Today's date in Shanghai, by the suite's clock. */
	public static LocalDate today() {
		return LocalDate.ofInstant(now(), SHANGHAI);
	}

	/** The suite's now as the console writes times: {@code 2026-11-30T10:00:00+08:00}. */
	public static String nowText() {
		return text(now());
	}

	/** The suite's now, {@code duration} earlier, as the console writes times. */
	public static String agoText(Duration duration) {
		return text(now().minus(duration));
	}

	/** Always with seconds: {@code OffsetDateTime.toString()} leaves out ":00", which RFC 3339 (the contract) needs. */
	private static String text(Instant instant) {
		return CONSOLE_TIME.format(instant.atZone(SHANGHAI));
	}

	/** For a JVM of another node: {@code -Dbridge.test.clock-offset=...}, so it reads the same time as this one. */
	public static String offsetArgument() {
		return "-D" + OFFSET_PROPERTY + "=" + OFFSET;
	}

	/** Gives an application started by hand ({@code SpringApplicationBuilder}) the suite's clock. */
	public static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		return TestClock::register;
	}

	/**
	 * The suite's clock as the application's {@code Clock} bean; the application's own (the system clock) steps
	 * aside for it, and a test's {@code @Primary} clock still wins.
	 */
	static void register(ConfigurableApplicationContext context) {
		RootBeanDefinition definition = new RootBeanDefinition(Clock.class, TestClock::clock);
		((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", definition);
	}

	private static Duration offsetFromProperties() {
		String offset = System.getProperty(OFFSET_PROPERTY);
		if (offset != null && !offset.isBlank()) {
			return Duration.parse(offset);
		}
		String start = System.getProperty(PROPERTY);
		Instant at = OffsetDateTime.parse(start == null || start.isBlank() ? DEFAULT : start).toInstant();
		return Duration.between(Instant.now(), at);
	}

}
