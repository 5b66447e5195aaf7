package cn.beianbridge.scheduling;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Schedules come from bridge.jobs.*, land in Quartz's JDBC store, and fire the contributed work. */
@SpringBootTest(properties = { "spring.quartz.auto-startup=true", "bridge.jobs.collect.enabled=true",
		"bridge.jobs.collect.cron=0 15 3 * * ?", "bridge.jobs.probe.cron=* * * * * ?",
		"bridge.jobs.idle.cron=* * * * * ?", "bridge.jobs.idle.enabled=false" })
@ActiveProfiles("test")
class QuartzSchedulesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Probe probe;

	@Autowired
	QuartzStartWatch startWatch;

	@Autowired
	Scheduler scheduler;

	@Test
	void eachEnabledJobIsAStoredCronTriggerInShanghaiTimeThatFiresOnceAfterDowntime() {
		Map<String, Object> collect = jdbc.queryForMap("select c.cron_expression, c.time_zone_id, t.misfire_instr "
				+ "from qrtz_cron_triggers c join qrtz_triggers t on t.sched_name = c.sched_name "
				+ "and t.trigger_name = c.trigger_name and t.trigger_group = c.trigger_group "
				+ "where c.trigger_name = 'collect'");

		assertThat(collect.get("cron_expression")).isEqualTo("0 15 3 * * ?");
		assertThat(collect.get("time_zone_id")).isEqualTo("Asia/Shanghai");
		assertThat(((Number) collect.get("misfire_instr")).intValue())
			.isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	@Test
	void aScheduledWorkRunsWhenItsTriggerFires() {
		await().atMost(Duration.ofSeconds(10)).until(() -> probe.runs.get() > 0);
	}

	@Test
	void quartzStartsOnlyOnceTheApplicationIsReadyNotWhileTheContextRefreshes() throws Exception {
		assertThat(startWatch.startedAtRefresh).as("started while beans, routes and catalogue came up").isFalse();
		assertThat(scheduler.isStarted()).isTrue();
	}

	@Test
	void aDisabledJobHasNoTrigger() {
		assertThat(jdbc.queryForObject("select count(*) from qrtz_triggers where trigger_name = 'idle'",
				Integer.class)).isZero();
	}

	@TestConfiguration
	static class Works {

		@Bean
		Probe probe() {
			return new Probe();
		}

		@Bean
		QuartzStartWatch quartzStartWatch(Scheduler scheduler) {
			return new QuartzStartWatch(scheduler);
		}

		@Bean
		ScheduledWork idle() {
			return new ScheduledWork() {
				@Override
				public String jobName() {
					return "idle";
				}

				@Override
				public void run() {
					throw new AssertionError("a disabled job must not run");
				}
			};
		}

	}

	/** Boot started Quartz with the context's lifecycle, before ContextRefreshedEvent: too early. */
	static class QuartzStartWatch {

		private final Scheduler scheduler;

		volatile Boolean startedAtRefresh;

		QuartzStartWatch(Scheduler scheduler) {
			this.scheduler = scheduler;
		}

		@EventListener(ContextRefreshedEvent.class)
		void refreshed() throws SchedulerException {
			startedAtRefresh = scheduler.isStarted();
		}

	}

	static class Probe implements ScheduledWork {

		final AtomicInteger runs = new AtomicInteger();

		@Override
		public String jobName() {
			return "probe";
		}

		@Override
		public void run() {
			runs.incrementAndGet();
		}

	}

}
