package cn.beianbridge.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.support.MutableClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator's one line of where all filings stand: written when something moved, WARN when they must act. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LifecycleSummaryTests {

	/** Photo-approved on Friday 27 Nov, the day this test's clock starts: due by the end of Monday 30 Nov. */
	static final String FRIDAY = "2026-11-27T15:04:05+08:00";

	@Autowired
	List<ScheduledWork> works;

	@Autowired
	FilingIntake intake;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLineWhenSomethingMovedNoneWhenNothingDidAndAWarningWhileAnOperatorIsNeeded(CapturedOutput output) {
		accept(aFirstFiling().inProvince("41").withConsoleFilingId("LC-1").photoApprovedAt(FRIDAY).bytes(),
				IntakeResult.Outcome.STORED);
		// Shanghai verifies in the bureau's app: a backdrop photo is held, and the console gets a HELD event
		accept(aFirstFiling().inProvince("31").withConsoleFilingId("LC-2").photoApprovedAt(FRIDAY).bytes(),
				IntakeResult.Outcome.HELD);
		accept("{\"consoleFilingId\":\"LC-3\"}".getBytes(), IntakeResult.Outcome.REJECTED);

		run("lifecycle-summary");
		assertThat(summaries(output)).singleElement().asString()
			.contains(" INFO ")
			.contains("Lifecycle: received=1 held=1 batched=0 submitted=0 approved=0 rejected=0 refused=0 cancelled=0")
			.contains("| console events pending=1 delivered=0 dead=0")
			.contains("| review overdue=0, submission deadline missed=0, rejected inputs=1")
			.contains("| notifications pending=0 sent=0 dead=0");

		run("lifecycle-summary");
		assertThat(summaries(output)).as("nothing moved").hasSize(1);

		// past the end of Monday 30 Nov, the deadline of a filing photo-approved on Friday 27 Nov
		clock.advance(Duration.ofDays(4));
		run("sla-watch");
		jdbc.update("update filing_event set delivery_status = 'DEAD' where console_filing_id = 'LC-2'");
		run("lifecycle-summary");
		assertThat(summaries(output)).hasSize(2).last().asString()
			.contains(" WARN ")
			.contains("received=1 held=1")
			.contains("pending=0 delivered=0 dead=1")
			.contains("submission deadline missed=2");
	}

	private void accept(byte[] filing, IntakeResult.Outcome expected) {
		IntakeResult result = intake.accept(filing, IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(expected);
	}

	private void run(String jobName) {
		try {
			works.stream().filter(w -> w.jobName().equals(jobName)).findFirst().orElseThrow().run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> summaries(CapturedOutput output) {
		return output.getOut().lines().filter(line -> line.contains("Lifecycle: ")).toList();
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
