package cn.beianbridge.scheduling;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Schedules as data: {@code bridge.jobs.<job>.cron|enabled|business-days-only} (jobs/*.yml). */
@ConfigurationProperties("bridge")
public record JobSchedules(Map<String, Schedule> jobs) {

	public JobSchedules {
		jobs = jobs == null ? Map.of() : Map.copyOf(jobs);
	}

	/**
	 * @param cron a Quartz cron expression, read in Asia/Shanghai
	 * @param enabled a disabled job is unscheduled (its work can still be started by hand)
	 * @param businessDaysOnly skip firings on days the business calendar says are off
	 */
	public record Schedule(String cron, @DefaultValue("true") boolean enabled,
			@DefaultValue("false") boolean businessDaysOnly) {
	}

}
