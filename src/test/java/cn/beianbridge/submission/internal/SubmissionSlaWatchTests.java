package cn.beianbridge.submission.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class SubmissionSlaWatchTests {

	/** Photo-approved on Friday 27 Nov, the day this test's clock starts. */
	static final String FRIDAY = "2026-11-27T15:04:05+08:00";

	@Autowired
	SubmissionSlaWatch watch;

	@Autowired
	FilingIntake intake;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void waitingFilingsShowAsAtRiskThenMissedAndAMissIsAlertedOncePerFiling() {
		// photo-approved Friday 27 Nov: the deadline is the end of Monday 30 Nov, 16:00 UTC
		intake.accept(aFirstFiling().inProvince("41").withConsoleFilingId("SLA-1").photoApprovedAt(FRIDAY).bytes(),
				IntakeSource.PUSH, "test");
		intake.accept(aFirstFiling().inProvince("41").withConsoleFilingId("SLA-2").photoApprovedAt(FRIDAY).bytes(),
				IntakeSource.PUSH, "test");

		watch.run();
		assertThat(watch.snapshot().get("41").waiting()).isEqualTo(2);
		assertThat(watch.snapshot().get("41").atRisk()).isZero();
		assertThat(gauge("bridge.submission.oldest.deadline.seconds"))
			.isEqualTo(Instant.parse("2026-11-30T16:00:00Z").getEpochSecond());

		clock.advance(Duration.ofDays(3).plusHours(6)); // Monday 14:00 UTC: two hours left
		watch.run();
		assertThat(gauge("bridge.submission.at.risk")).isEqualTo(2);

		clock.advance(Duration.ofHours(3)); // past the deadline
		watch.run();
		watch.run();
		assertThat(gauge("bridge.submission.missed")).isEqualTo(2);
		assertThat(meters.find("bridge.submission.deadlines.missed").tag("province", "41").counter().count())
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from filing where province = '41' and sla_missed_at is not null",
				Integer.class)).isEqualTo(2);
	}

	private double gauge(String name) {
		return meters.find(name).tag("province", "41").gauge().value();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
		}

	}

}
