package cn.beianbridge.scheduling;

/**
 * Work that Quartz runs on the schedule {@code bridge.jobs.<jobName>.cron} (jobs/*.yml), on exactly one
 * node of the cluster per firing. Features contribute beans of this type; they never schedule themselves.
 */
public interface ScheduledWork {

	/** The key under {@code bridge.jobs}, e.g. {@code collect}. */
	String jobName();

	void run() throws Exception;

}
