package cn.beianbridge.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import cn.beianbridge.scheduling.JobSchedules;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.ChinaTime;

/**
 * Puts each contributed work into Quartz's JDBC store with its cron from configuration, then starts Quartz: only
 * once the application is ready (migrated, catalogue read, Camel started), never earlier as Boot would. Whether it
 * starts at all is still {@code spring.quartz.auto-startup}. A work without a valid schedule stops start-up: skipped,
 * it would never run and nobody would notice.
 */
@Configuration(proxyBeanMethods = false)
class QuartzSchedules {

	private static final Logger log = LoggerFactory.getLogger(QuartzSchedules.class);

	static final String GROUP = "bridge";

	private final Scheduler scheduler;

	private final List<ScheduledWork> works;

	private final JobSchedules schedules;

	private final boolean starts;

	private final JobScheduleMapper changes;

	QuartzSchedules(Scheduler scheduler, List<ScheduledWork> works, JobSchedules schedules,
			QuartzProperties quartz, JobScheduleMapper changes) {
		requireSchedules(works, schedules);
		this.scheduler = scheduler;
		this.works = works;
		this.schedules = schedules;
		this.starts = quartz.isAutoStartup();
		this.changes = changes;
	}

	/** Every enabled work has a cron Quartz can read; a disabled one needs none. All problems at once. */
	private static void requireSchedules(List<ScheduledWork> works, JobSchedules schedules) {
		List<String> problems = new ArrayList<>();
		for (ScheduledWork work : works) {
			String job = work.jobName();
			JobSchedules.Schedule schedule = schedules.jobs().get(job);
			if (schedule != null && !schedule.enabled()) {
				continue;
			}
			String property = "bridge.jobs." + job + ".cron";
			if (schedule == null || schedule.cron() == null || schedule.cron().isBlank()) {
				problems.add("Job " + job + " has no schedule: set " + property + " (a Quartz cron, as in jobs/" + job
						+ ".yml, read from the working directory), or bridge.jobs." + job
						+ ".enabled=false to leave it unscheduled");
			}
			else if (!CronExpression.isValidExpression(schedule.cron())) {
				problems.add(property + " '" + schedule.cron()
						+ "' is not a Quartz cron expression (seconds first, e.g. '0 30 3 * * ?')");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"The job schedules (bridge.jobs, jobs/*.yml) are incomplete:\n - " + String.join("\n - ", problems));
		}
	}

	/** Boot would start Quartz while the context refreshes, before the routes and the rest are up. */
	@Bean
	static SchedulerFactoryBeanCustomizer quartzStartsWhenReady() {
		return factory -> factory.setAutoStartup(false);
	}

	@EventListener(ApplicationReadyEvent.class)
	void scheduleAndStart() throws SchedulerException {
		for (ScheduledWork work : works) {
			schedule(work);
		}
		if (starts) {
			scheduler.start();
			log.info("Quartz started: the application is ready");
		}
	}

	/**
	 * Fires the job now, once, as one more firing: a trigger in the cluster's store, fired by whichever node runs
	 * Quartz (this one need not); no-op (false) if the job is not scheduled.
	 */
	boolean fireNow(String job) {
		try {
			JobKey key = JobKey.jobKey(job, GROUP);
			if (scheduler.checkExists(key)) {
				scheduler.triggerJob(key);
				return true;
			}
		}
		catch (SchedulerException ex) {
			log.warn("Job {} could not be fired now ({}); its next scheduled firing does the same", job, ex.toString());
		}
		return false;
	}

	private void schedule(ScheduledWork work) throws SchedulerException {
		JobKey key = JobKey.jobKey(work.jobName(), GROUP);
		JobSchedules.Schedule schedule = schedules.jobs().get(work.jobName());
		if (!schedule.enabled()) {
			if (scheduler.deleteJob(key)) {
				log.info("Job {} unscheduled (bridge.jobs.{}.enabled=false)", work.jobName(), work.jobName());
			}
			return;
		}
		JobDetail job = JobBuilder.newJob(RunScheduledWork.class)
			.withIdentity(key)
			.usingJobData(RunScheduledWork.WORK, work.jobName())
			.usingJobData(RunScheduledWork.BUSINESS_DAYS_ONLY, schedule.businessDaysOnly())
			.storeDurably()
			.build();
		JobScheduleRow changed = changes.find(work.jobName());
		String cron = schedule.cron();
		String source = "";
		if (changed != null && changed.cron() != null) {
			cron = changed.cron();
			source = ", set in the console by " + changed.cronChangedBy() + " at " + changed.cronChangedAt()
					+ " (bridge.jobs." + work.jobName() + ".cron '" + schedule.cron() + "' is not used)";
		}
		scheduler.scheduleJob(job, Set.of(trigger(work.jobName(), cron)), true);
		log.info("Job {} scheduled: cron '{}' (Asia/Shanghai){}{}", work.jobName(), cron,
				schedule.businessDaysOnly() ? ", business days only" : "", source);
		if (changed != null && changed.paused()) {
			scheduler.pauseJob(key);
			log.warn("Job {} stays paused: paused in the console by {} at {}; resume it there (/ops/schedules)",
					work.jobName(), changed.pausedBy(), changed.pausedAt());
		}
	}

	/** The job's cron trigger; after downtime a job runs once, not once per missed firing. */
	static Trigger trigger(String job, String cron) {
		return TriggerBuilder.newTrigger()
			.withIdentity(job, GROUP)
			.forJob(JobKey.jobKey(job, GROUP))
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(TimeZone.getTimeZone(ChinaTime.ZONE))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
