/**
 * Scheduling: what runs when, and on which node. Quartz (JDBC store, clustered) fires each {@link
 * cn.beianbridge.scheduling.ScheduledWork} on its cron ({@code bridge.jobs.<job>}, jobs/*.yml) on one node; the
 * province jobs (submit, download) are Spring Batch jobs with one partition per enabled province
 * ({@link cn.beianbridge.scheduling.ProvinceJobs}). Every node checks in, holds its province leases and takes over
 * the runs and leases of dead nodes; a province that keeps failing is reported and, past a while, alerted.
 * <p>
 * Owns {@code cluster_node}, {@code province_lease}, {@code province_trouble}, {@code province_pause},
 * {@code job_schedule} and Quartz's {@code QRTZ_*}.
 * Offers {@code ScheduledWork}, {@code ProvinceJobs} with {@code ProvinceWork}, {@code ProvinceOutcome} and
 * {@code ProvincePartitioner}, {@link cn.beianbridge.scheduling.ProvinceLeases}, {@code ProvincePauses},
 * {@link cn.beianbridge.scheduling.JobExecutions} (a run and the actions Batch allows on it),
 * {@link cn.beianbridge.scheduling.Schedules} (pause, resume, fire, cron; kept over restarts), the event
 * {@link cn.beianbridge.scheduling.SchedulerActed} (what it did on its own, to be audited), and the settings
 * {@code JobSchedules}, {@code NodeSettings}, {@code ProvinceJobSettings}.
 * <p>
 * Not a step of the flow: it drives every step (collect, submit, download, sync, the watches, purge, summary).
 */
package cn.beianbridge.scheduling;
