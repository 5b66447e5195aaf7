package cn.beianbridge.scheduling;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every {@link ScheduledWork} with its schedule as Quartz holds it, and the changes an operator makes to it: pause,
 * resume, fire now, a new cron. A new cron and a pause are kept ({@code job_schedule}) and win over
 * {@code bridge.jobs.<job>} at the next start-up, which says so in its log.
 */
public interface Schedules {

	List<Schedule> all();

	Optional<Schedule> find(String job);

	/** @return false when the job was paused already */
	boolean pause(String job, String by);

	/** @return false when the job was not paused */
	boolean resume(String job, String by);

	/** Fires the job once now (on whichever node runs Quartz); false when it is not scheduled. */
	boolean fireNow(String job);

	/** Replaces the job's cron; throws IllegalArgumentException for one Quartz cannot read. */
	void changeCron(String job, String cron, String by);

	/** The next {@code count} firings of the cron, in Asia/Shanghai; IllegalArgumentException for a bad cron. */
	List<Firing> preview(String job, String cron, int count);

	/**
	 * A job's schedule.
	 *
	 * @param cron the cron in force (the console's when it set one)
	 * @param configuredCron {@code bridge.jobs.<job>.cron}
	 * @param cronChangedBy who set the cron in force in the console; null when it is the configured one
	 * @param scheduled whether Quartz holds it (a job with {@code enabled: false} is not)
	 * @param next Quartz's next firing (null when paused or not scheduled)
	 * @param lastNode the node incarnation that ran it last, and when
	 */
	record Schedule(String job, String cron, String configuredCron, String cronChangedBy, boolean enabled,
			boolean businessDaysOnly, boolean scheduled, boolean paused, String pausedBy, Instant next,
			Instant previous, String lastNode, Instant lastRunAt) {
	}

	/**
	 * @param businessDay whether the day is a business day (null when the calendar does not know the year yet)
	 * @param skipped the job is business-days-only and the day is not one: the firing does nothing
	 */
	record Firing(ZonedDateTime at, Boolean businessDay, boolean skipped) {
	}

}
