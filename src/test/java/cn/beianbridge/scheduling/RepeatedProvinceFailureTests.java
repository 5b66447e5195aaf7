package cn.beianbridge.scheduling;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province that fails the same way at every firing, with the default settings (a reminder every 10 minutes, the
 * operators alerted after 30): one line with its stack trace, then quiet but for the reminders, one alert, one line
 * when it recovers. Driven through a province job of its own, a minute of the application's clock per firing.
 */
@SpringBootTest(properties = "bridge.notifications.operators.emails=ops@provider.example")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RepeatedProvinceFailureTests {

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	@Qualifier("probeJob")
	Job probe;

	@Autowired
	ProbeWork work;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	/** Notifications are stored sealed. */
	@Autowired
	PersonalData personalData;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void heal() {
		work.failing.clear();
	}

	@Test
	void aProvinceFailingTheSameWayIsOneLineARemindEveryTenMinutesOneAlertAndOneLineWhenItRecovers(
			CapturedOutput output) throws Exception {
		work.failing.put("44", () -> {
			throw new IllegalStateException("bureau 44 answered HTTP 500 to request 1234567");
		});
		for (int minute = 0; minute <= 40; minute++) {
			fireAMinuteLater();
		}
		assertThat(meters.get("bridge.jobs.province.failing.seconds").tags("job", "probe", "province", "44").gauge()
			.value()).isEqualTo(Duration.ofMinutes(40).toSeconds());
		work.failing.clear();
		fireAMinuteLater();

		String log = output.getOut();
		assertThat(count(log, "Probe of province 44 failing: java.lang.IllegalStateException: bureau 44 answered HTTP 500"))
			.isOne();
		assertThat(count(log, "at cn.beianbridge.scheduling.RepeatedProvinceFailureTests$ProbeWork.run"))
			.as("one stack trace").isOne();
		assertThat(count(log, "Probe of province 44 still failing")).as("at 10, 20, 30 and 40 minutes").isEqualTo(4);
		assertThat(log).contains("Probe of province 44 still failing: java.lang.IllegalStateException: bureau 44 "
				+ "answered HTTP 500 to request 1234567 (11 failures over 10 min)");
		assertThat(count(log, "Probe of province 44 has been failing for 30 min (31 failures over 30 min): operators "
				+ "alerted")).isOne();
		assertThat(log).contains("Probe of province 44 recovered after 41 failures over 41 min");
		assertThat(count(log, "province 44")).as("nothing else about Guangdong").isEqualTo(1 + 4 + 1 + 1);
		assertThat(jdbc.queryForList("select subject from notification where kind = 'PROVINCE_FAILING'", String.class))
			.map(personalData::open)
			.singleElement().asString().contains("广东").contains("probe").contains("持续失败");
		assertThat(meters.get("bridge.jobs.province.failures").tags("job", "probe", "province", "44").counter().count())
			.isEqualTo(41);
		assertThat(meters.get("bridge.jobs.province.failing.seconds").tags("job", "probe", "province", "44").gauge()
			.value()).isZero();
	}

	@Test
	void aProvinceFailingAnotherWayIsLoggedAtOnceAndAReportedTroubleIsAFailureToo(CapturedOutput output)
			throws Exception {
		work.failing.put("45", () -> ProvinceOutcome.trouble("stopped: isp_download: msg_code 902 维护中", Map.of(), 0));
		fireASecondLater();
		fireASecondLater();
		work.failing.put("45", () -> {
			throw new IllegalArgumentException("No bureau gateway for province '45'");
		});
		fireASecondLater();
		fireASecondLater();
		work.failing.clear();
		fireASecondLater();

		String log = output.getOut();
		assertThat(count(log, "Probe of province 45 failing: stopped: isp_download: msg_code 902 维护中")).isOne();
		assertThat(count(log, "Probe of province 45 failing another way: java.lang.IllegalArgumentException: No bureau "
				+ "gateway for province '45' (3 failures over 0 min)")).isOne();
		assertThat(count(log, "at cn.beianbridge.scheduling.RepeatedProvinceFailureTests$ProbeWork.run"))
			.as("the new cause's stack trace, once").isOne();
		assertThat(log).contains("Probe of province 45 recovered after 4 failures over 0 min");
	}

	private void fireAMinuteLater() throws InterruptedException {
		clock.advance(Duration.ofMinutes(1));
		fire();
	}

	/** Firings are instances of their own by the time they fire at: two in one instant are one. */
	private void fireASecondLater() throws InterruptedException {
		clock.advance(Duration.ofSeconds(1));
		fire();
	}

	private void fire() throws InterruptedException {
		provinceJobs.fire(probe);
		assertThat(provinceJobs.awaitIdle(Duration.ofSeconds(30))).isTrue();
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** Done everywhere, but where a test makes a province fail. */
	static class ProbeWork implements ProvinceWork {

		final Map<String, Supplier<ProvinceOutcome>> failing = new ConcurrentHashMap<>();

		@Override
		public ProvinceOutcome run(String province) {
			Supplier<ProvinceOutcome> failure = failing.get(province);
			return failure != null ? failure.get() : ProvinceOutcome.done(Map.of("probes", 1), 0);
		}

	}

	@TestConfiguration
	static class Probe {

		@Bean
		ProbeWork probeWork() {
			return new ProbeWork();
		}

		@Bean
		Job probeJob(ProvinceJobs provinceJobs, ProbeWork work) {
			return provinceJobs.partitionedByProvince("probe", "probeProvince", work);
		}

		@Bean
		@Primary
		MutableClock mutableClock() {
			// whole seconds: the spell's start comes back from the database at its precision
			return new MutableClock(TestClock.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

}
