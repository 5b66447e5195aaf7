package cn.beianbridge.simulator.bureau;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordCheckLimiterTests {

	private final PasswordCheckLimiter limiter = new PasswordCheckLimiter(2);

	private final Instant start = Instant.parse("2026-11-27T07:00:00Z");

	@Test
	void allowsNChecksInAnyMinutePerProvince() {
		assertThat(limiter.allow("33", start)).isTrue();
		assertThat(limiter.allow("33", start.plusSeconds(30))).isTrue();
		assertThat(limiter.allow("33", start.plusSeconds(59))).isFalse();
		assertThat(limiter.allow("32", start.plusSeconds(59))).as("another provider").isTrue();

		assertThat(limiter.allow("33", start.plusSeconds(60))).as("the first check has left the window").isTrue();
		assertThat(limiter.allow("33", start.plusSeconds(61))).isFalse();
	}

}
