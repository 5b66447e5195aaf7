package cn.beianbridge.scheduling.internal;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.scheduling.JobSchedules;
import cn.beianbridge.scheduling.ScheduledWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** A work nobody scheduled would never run, silently: start-up stops and says what to set. */
class MissingScheduleTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Schedules.class, QuartzSchedules.class)
		.withBean(Scheduler.class, () -> mock(Scheduler.class))
		.withBean(JobScheduleMapper.class, () -> mock(JobScheduleMapper.class))
		.withBean("reconcileWork", ScheduledWork.class, () -> work("reconcile"));

	@Test
	void aWorkWithoutABlockUnderBridgeJobsStopsStartUpNamingTheProperty() {
		context.run(failed -> {
			assertThat(failed).hasFailed();
			assertThat(failed.getStartupFailure()).rootCause()
				.hasMessageContaining("Job reconcile has no schedule: set bridge.jobs.reconcile.cron")
				.hasMessageContaining("bridge.jobs.reconcile.enabled=false");
		});
	}

	@Test
	void anEnabledWorkWithoutACronStopsStartUpAndSoDoesAMisspeltCron() {
		context.withBean("tallyWork", ScheduledWork.class, () -> work("tally"))
			.withPropertyValues("bridge.jobs.reconcile.business-days-only=true", "bridge.jobs.tally.cron=0 30 3 * *")
			.run(failed -> {
				assertThat(failed).hasFailed();
				assertThat(failed.getStartupFailure()).rootCause()
					.hasMessageContaining("Job reconcile has no schedule: set bridge.jobs.reconcile.cron")
					.hasMessageContaining("bridge.jobs.tally.cron '0 30 3 * *' is not a Quartz cron expression");
			});
	}

	@Test
	void aDisabledWorkNeedsNoSchedule() {
		context.withPropertyValues("bridge.jobs.reconcile.enabled=false").run(started -> assertThat(started).hasNotFailed());
	}

	@Test
	void aWorkWithItsCronStarts() {
		context.withPropertyValues("bridge.jobs.reconcile.cron=0 30 3 * * ?")
			.run(started -> assertThat(started).hasNotFailed());
	}

	private static ScheduledWork work(String job) {
		return new ScheduledWork() {

			@Override
			public String jobName() {
				return job;
			}

			@Override
			public void run() {
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ JobSchedules.class, QuartzProperties.class })
	static class Schedules {

	}

}
