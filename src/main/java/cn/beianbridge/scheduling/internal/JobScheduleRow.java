package cn.beianbridge.scheduling.internal;

import java.time.Instant;

/** A row of {@code job_schedule}: the console's cron and pause of a job, and its last run. */
record JobScheduleRow(String job, String cron, String cronChangedBy, Instant cronChangedAt, boolean paused,
		String pausedBy, Instant pausedAt, String lastNode, Instant lastRunAt) {
}
