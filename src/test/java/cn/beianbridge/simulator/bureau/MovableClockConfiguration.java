package cn.beianbridge.simulator.bureau;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import cn.beianbridge.support.MutableClock;

/** A clock the simulator tests move by hand ({@code @Import} it), so delays pass without waiting. */
@TestConfiguration
class MovableClockConfiguration {

	@Bean
	@Primary
	MutableClock movableClock() {
		return new MutableClock(Instant.parse("2026-11-27T07:00:00Z"));
	}

}
