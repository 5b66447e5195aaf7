package cn.beianbridge.scheduling.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.JobWatch;
import cn.beianbridge.scheduling.ProvinceJobs;

@Component
class ClusterJobWatch implements JobWatch {

	private final JobRepository jobs;

	private final ClusterNodes nodes;

	private final WatchMapper mapper;

	private final String scheduler;

	ClusterJobWatch(JobRepository jobs, ClusterNodes nodes, WatchMapper mapper,
			@Value("${spring.quartz.properties.org.quartz.scheduler.instanceName:beian-bridge}") String scheduler) {
		this.jobs = jobs;
		this.nodes = nodes;
		this.mapper = mapper;
		this.scheduler = scheduler;
	}

	@Override
	public List<RunningExecution> running() {
		List<RunningExecution> running = new ArrayList<>();
		for (String job : jobs.getJobNames()) {
			for (JobExecution execution : jobs.findRunningJobExecutions(job)) {
				String node = execution.getJobParameters().getString(ProvinceJobs.NODE);
				running.add(new RunningExecution(execution.getId(), job, execution.getStatus().name(),
						execution.getStartTime(), node, node != null && !nodes.isAlive(node)));
			}
		}
		running.sort(Comparator.comparing(RunningExecution::executionId));
		return running;
	}

	@Override
	public List<ProvinceTrouble> troubles() {
		return mapper.troubles();
	}

	@Override
	public List<StuckTrigger> stuckTriggers() {
		return mapper.stuckTriggers(scheduler);
	}

	@Mapper
	interface WatchMapper {

		@Select("""
				SELECT job, province, cause, since, failures, last_failure_at FROM province_trouble ORDER BY since, job, province
				""")
		List<ProvinceTrouble> troubles();

		@Select("""
				SELECT t.TRIGGER_NAME AS trigger_name, t.JOB_NAME AS job_name, t.TRIGGER_STATE AS trigger_state
				FROM QRTZ_TRIGGERS t
				WHERE t.SCHED_NAME = #{scheduler} AND (t.TRIGGER_STATE = 'ERROR' OR (t.TRIGGER_STATE = 'BLOCKED'
				  AND NOT EXISTS (SELECT 1 FROM QRTZ_FIRED_TRIGGERS f WHERE f.SCHED_NAME = t.SCHED_NAME
				    AND f.JOB_NAME = t.JOB_NAME AND f.JOB_GROUP = t.JOB_GROUP)))
				ORDER BY t.TRIGGER_NAME
				""")
		List<StuckTrigger> stuckTriggers(@Param("scheduler") String scheduler);

	}

}
