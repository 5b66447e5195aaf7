package cn.beianbridge.scheduling;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Schedules as data: {@code bridge.jobs.<job>.cron|enabled|business-days-only|grid-size} (jobs/*.yml).
 */
@ConfigurationProperties("bridge")
public record JobSchedules(Map<String, Schedule> jobs) {

	public JobSchedules {
		jobs = jobs == null ? Map.of() : Map.copyOf(jobs);
	}

	/** The job's grid size; 4 for a job without a block of its own. */
	public int gridSize(String job) {
		Schedule schedule = jobs.get(job);
		return schedule == null ? Schedule.DEFAULT_GRID_SIZE : schedule.gridSize();
	}

	/**
	 * @param cron a Quartz cron expression, read in Asia/Shanghai
	 * @param enabled a disabled job is unscheduled (its work can still be started by hand)
	 * @param businessDaysOnly skip firings on days the business calendar says are off
	 * @param gridSize for a province job (submit, download): how many provinces run at once on one node
	 */
	public record Schedule(String cron, @DefaultValue("true") boolean enabled,
			@DefaultValue("false") boolean businessDaysOnly, @DefaultValue("4") int gridSize) {

		static final int DEFAULT_GRID_SIZE = 4;

		public Schedule {
			if (gridSize < 1) {
				throw new IllegalArgumentException("a job's grid-size must be at least 1, was " + gridSize);
			}
		}

	}

}
