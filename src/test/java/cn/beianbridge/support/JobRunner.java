package cn.beianbridge.support;

import java.time.Duration;
import java.util.List;

import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;

import static org.assertj.core.api.Assertions.assertThat;

/** Fires a job as the scheduler does (its {@link ScheduledWork}) and waits until its province runs ended. */
public final class JobRunner {

	private final List<ScheduledWork> works;

	private final ProvinceJobs provinceJobs;

	public JobRunner(List<ScheduledWork> works, ProvinceJobs provinceJobs) {
		this.works = works;
		this.provinceJobs = provinceJobs;
	}

	public void run(String jobName) throws Exception {
		ScheduledWork work = works.stream().filter(w -> w.jobName().equals(jobName)).findFirst().orElse(null);
		assertThat(work).as("the ScheduledWork of job %s", jobName).isNotNull();
		work.run();
		// a province job's firing launches its run and returns: wait for it as the next firing would find it
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(2))).as("the %s run ended", jobName).isTrue();
	}

}
