package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckLimiterTests {

	private static final String ENTITY = "浙ICP备2026012345号";

	private final PasswordCheckLimiter limiter = new PasswordCheckLimiter(2, Duration.ofMinutes(10));

	private final Instant start = Instant.parse("2026-11-27T07:00:00Z");

	@Test
	void allowsNChecksOfOnePasswordInAnyWindow() {
		assertThat(limiter.allow("33", ENTITY, start)).isTrue();
		assertThat(limiter.allow("33", ENTITY, start.plusSeconds(300))).isTrue();
		assertThat(limiter.allow("33", ENTITY, start.plusSeconds(599))).isFalse();
		assertThat(limiter.allow("33", "浙ICP备2026099999号", start.plusSeconds(599))).as("another entity's password")
			.isTrue();
		assertThat(limiter.allow("32", ENTITY, start.plusSeconds(599))).as("another bureau").isTrue();

		assertThat(limiter.allow("33", ENTITY, start.plusSeconds(600))).as("the first check has left the window").isTrue();
		assertThat(limiter.allow("33", ENTITY, start.plusSeconds(601))).isFalse();
	}

}
