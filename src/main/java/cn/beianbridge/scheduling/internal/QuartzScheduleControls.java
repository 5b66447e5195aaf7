package cn.beianbridge.scheduling.internal;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.scheduling.JobSchedules;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.scheduling.Schedules;
import cn.beianbridge.shared.ChinaTime;

/**
 * {@link Schedules} on Quartz's store: a change goes to Quartz at once and to {@code job_schedule}, which
 * {@link QuartzSchedules} prefers to the configuration at the next start-up.
 */
@Component
class QuartzScheduleControls implements Schedules {

	private static final Logger log = LoggerFactory.getLogger(QuartzScheduleControls.class);

	private final Scheduler scheduler;

	private final List<ScheduledWork> works;

	private final JobSchedules schedules;

	private final JobScheduleMapper changes;

	private final QuartzSchedules quartz;

	private final BusinessCalendar calendar;

	private final Clock clock;

	QuartzScheduleControls(Scheduler scheduler, List<ScheduledWork> works, JobSchedules schedules,
			JobScheduleMapper changes, QuartzSchedules quartz, BusinessCalendar calendar, Clock clock) {
		this.scheduler = scheduler;
		this.works = works;
		this.schedules = schedules;
		this.changes = changes;
		this.quartz = quartz;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<Schedule> all() {
		return works.stream().map(ScheduledWork::jobName).sorted().map(this::describe).toList();
	}

	@Override
	public Optional<Schedule> find(String job) {
		return works.stream().map(ScheduledWork::jobName).filter(job::equals).findFirst().map(this::describe);
	}

	@Override
	@Transactional
	public boolean pause(String job, String by) {
		requireScheduled(job);
		changes.ensure(job);
		if (changes.pause(job, by, clock.instant()) == 0) {
			return false;
		}
		quartz(() -> scheduler.pauseJob(key(job)));
		log.info("Job {} paused by {}", job, by);
		return true;
	}

	@Override
	@Transactional
	public boolean resume(String job, String by) {
		requireScheduled(job);
		changes.ensure(job);
		if (changes.resume(job) == 0) {
			return false;
		}
		quartz(() -> scheduler.resumeJob(key(job)));
		log.info("Job {} resumed by {}", job, by);
		return true;
	}

	@Override
	public boolean fireNow(String job) {
		return quartz.fireNow(job);
	}

	@Override
	@Transactional
	public void changeCron(String job, String cron, String by) {
		expression(cron);
		changes.ensure(job);
		changes.changeCron(job, cron, by, clock.instant());
		if (scheduled(job)) {
			quartz(() -> {
				scheduler.rescheduleJob(TriggerKey.triggerKey(job, QuartzSchedules.GROUP),
						QuartzSchedules.trigger(job, cron));
				// a paused job's triggers are paused one by one: the new trigger is paused as well
				if (changes.find(job).paused()) {
					scheduler.pauseJob(key(job));
				}
			});
		}
		log.info("Job {}: cron '{}' set by {} (kept over restarts; bridge.jobs.{}.cron is '{}')", job, cron, by, job,
				configured(job).map(JobSchedules.Schedule::cron).orElse(null));
	}

	@Override
	public List<Firing> preview(String job, String cron, int count) {
		CronExpression expression = expression(cron);
		boolean businessDaysOnly = configured(job).map(JobSchedules.Schedule::businessDaysOnly).orElse(false);
		List<Firing> firings = new ArrayList<>();
		Date after = Date.from(clock.instant());
		for (int i = 0; i < count; i++) {
			Date next = expression.getNextValidTimeAfter(after);
			if (next == null) {
				break;
			}
			ZonedDateTime at = next.toInstant().atZone(ChinaTime.ZONE);
			Boolean businessDay = businessDay(at.toLocalDate());
			firings.add(new Firing(at, businessDay, businessDaysOnly && Boolean.FALSE.equals(businessDay)));
			after = next;
		}
		return firings;
	}

	private Boolean businessDay(LocalDate day) {
		try {
			return calendar.isBusinessDay(day);
		}
		catch (RuntimeException notLoaded) {
			return null;
		}
	}

	private static CronExpression expression(String cron) {
		if (cron == null || cron.isBlank()) {
			throw new IllegalArgumentException("a cron expression is required");
		}
		try {
			CronExpression expression = new CronExpression(cron.strip());
			expression.setTimeZone(TimeZone.getTimeZone(ChinaTime.ZONE));
			return expression;
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("'" + cron + "' is not a Quartz cron expression (seconds first, e.g. "
					+ "'0 30 3 * * ?'): " + ex.getMessage());
		}
	}

	private Schedule describe(String job) {
		Optional<JobSchedules.Schedule> configured = configured(job);
		JobScheduleRow changed = changes.find(job);
		boolean overridden = changed != null && changed.cron() != null;
		String configuredCron = configured.map(JobSchedules.Schedule::cron).orElse(null);
		Trigger trigger = trigger(job);
		boolean paused = changed != null && changed.paused();
		return new Schedule(job, overridden ? changed.cron() : configuredCron, configuredCron,
				overridden ? changed.cronChangedBy() : null, configured.map(JobSchedules.Schedule::enabled).orElse(true),
				configured.map(JobSchedules.Schedule::businessDaysOnly).orElse(false), trigger != null, paused,
				paused ? changed.pausedBy() : null,
				trigger == null || paused ? null : instant(trigger.getNextFireTime()),
				trigger == null ? null : instant(trigger.getPreviousFireTime()),
				changed == null ? null : changed.lastNode(), changed == null ? null : changed.lastRunAt());
	}

	private Optional<JobSchedules.Schedule> configured(String job) {
		return Optional.ofNullable(schedules.jobs().get(job));
	}

	private Trigger trigger(String job) {
		try {
			return scheduler.getTrigger(TriggerKey.triggerKey(job, QuartzSchedules.GROUP));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Quartz could not read the trigger of job " + job, ex);
		}
	}

	private boolean scheduled(String job) {
		return trigger(job) != null;
	}

	private void requireScheduled(String job) {
		if (!scheduled(job)) {
			throw new IllegalStateException("job " + job + " is not scheduled (bridge.jobs." + job + ".enabled=false)");
		}
	}

	private static JobKey key(String job) {
		return JobKey.jobKey(job, QuartzSchedules.GROUP);
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	private static void quartz(QuartzCall call) {
		try {
			call.run();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Quartz refused the change: " + ex.getMessage(), ex);
		}
	}

	private interface QuartzCall {

		void run() throws SchedulerException;

	}

}
