package cn.beianbridge.scheduling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.scheduling.ThisNode;
import cn.beianbridge.shared.ChinaTime;

/**
 * The one Quartz job class: runs the named work; never twice at once across the cluster. A province job's work
 * only launches its run and returns (see {@code ProvinceJobs}), so no firing holds a Quartz thread for long.
 */
@DisallowConcurrentExecution
class RunScheduledWork implements Job {

	static final String WORK = "work";

	static final String BUSINESS_DAYS_ONLY = "businessDaysOnly";

	private static final Logger log = LoggerFactory.getLogger(RunScheduledWork.class);

	private final List<ScheduledWork> works;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final JobScheduleMapper lastRuns;

	private final ThisNode node;

	RunScheduledWork(List<ScheduledWork> works, BusinessCalendar calendar, Clock clock, JobScheduleMapper lastRuns,
			ThisNode node) {
		this.works = works;
		this.calendar = calendar;
		this.clock = clock;
		this.lastRuns = lastRuns;
		this.node = node;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		String name = context.getMergedJobDataMap().getString(WORK);
		if (context.getMergedJobDataMap().getBoolean(BUSINESS_DAYS_ONLY)
				&& !calendar.isBusinessDay(LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE))) {
			log.debug("Job {} skipped: not a business day", name);
			return;
		}
		ScheduledWork work = works.stream().filter(w -> w.jobName().equals(name)).findFirst()
			.orElseThrow(() -> new JobExecutionException("No work named " + name + " on this node"));
		ranHere(name);
		try {
			work.run();
		}
		catch (Exception ex) {
			log.error("Job {} failed: {}", name, ex.getMessage());
			throw new JobExecutionException(ex, false);
		}
	}

	/** Which node ran the job last, for the console; the work runs whether this is noted or not. */
	private void ranHere(String name) {
		try {
			lastRuns.ensure(name);
			lastRuns.ran(name, node.incarnation(), clock.instant());
		}
		catch (RuntimeException ex) {
			log.debug("Job {}: its last run could not be noted ({})", name, ex.toString());
		}
	}

}
