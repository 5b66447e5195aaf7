package cn.beianbridge.scheduling.internal;

import java.util.List;
import java.util.Set;

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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.JobSchedules;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.ChinaTime;

/** Puts each contributed work into Quartz's JDBC store with its cron from configuration. */
@Component
class QuartzSchedules {

	private static final Logger log = LoggerFactory.getLogger(QuartzSchedules.class);

	static final String GROUP = "bridge";

	private final Scheduler scheduler;

	private final List<ScheduledWork> works;

	private final JobSchedules schedules;

	QuartzSchedules(Scheduler scheduler, List<ScheduledWork> works, JobSchedules schedules) {
		this.scheduler = scheduler;
		this.works = works;
		this.schedules = schedules;
	}

	@EventListener(ApplicationReadyEvent.class)
	void schedule() throws SchedulerException {
		for (ScheduledWork work : works) {
			JobKey key = JobKey.jobKey(work.jobName(), GROUP);
			JobSchedules.Schedule schedule = schedules.jobs().get(work.jobName());
			if (schedule == null || !schedule.enabled() || schedule.cron() == null || schedule.cron().isBlank()) {
				if (scheduler.deleteJob(key)) {
					log.info("Job {} unscheduled (disabled or no cron in bridge.jobs.{})", work.jobName(), work.jobName());
				}
				continue;
			}
			JobDetail job = JobBuilder.newJob(RunScheduledWork.class)
				.withIdentity(key)
				.usingJobData(RunScheduledWork.WORK, work.jobName())
				.usingJobData(RunScheduledWork.BUSINESS_DAYS_ONLY, schedule.businessDaysOnly())
				.storeDurably()
				.build();
			// After downtime a job runs once, not once per missed firing.
			Trigger trigger = TriggerBuilder.newTrigger()
				.withIdentity(work.jobName(), GROUP)
				.withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
					.inTimeZone(java.util.TimeZone.getTimeZone(ChinaTime.ZONE))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
			scheduler.scheduleJob(job, Set.of(trigger), true);
			log.info("Job {} scheduled: cron '{}' (Asia/Shanghai){}", work.jobName(), schedule.cron(),
					schedule.businessDaysOnly() ? ", business days only" : "");
		}
	}

}
