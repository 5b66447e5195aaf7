package cn.beianbridge.scheduling.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface JobScheduleMapper {

	@Select("SELECT job, cron, cron_changed_by, cron_changed_at, paused, paused_by, paused_at, last_node, last_run_at "
			+ "FROM job_schedule WHERE job = #{job}")
	JobScheduleRow find(@Param("job") String job);

	@Select("SELECT job, cron, cron_changed_by, cron_changed_at, paused, paused_by, paused_at, last_node, last_run_at "
			+ "FROM job_schedule ORDER BY job")
	List<JobScheduleRow> all();

	/** The job's row, so the updates below have one to change. */
	@Insert("INSERT IGNORE INTO job_schedule (job, paused) VALUES (#{job}, FALSE)")
	int ensure(@Param("job") String job);

	@Update("UPDATE job_schedule SET cron = #{cron}, cron_changed_by = #{by}, cron_changed_at = #{now} WHERE job = #{job}")
	int changeCron(@Param("job") String job, @Param("cron") String cron, @Param("by") String by,
			@Param("now") Instant now);

	@Update("UPDATE job_schedule SET paused = TRUE, paused_by = #{by}, paused_at = #{now} "
			+ "WHERE job = #{job} AND paused = FALSE")
	int pause(@Param("job") String job, @Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE job_schedule SET paused = FALSE, paused_by = NULL, paused_at = NULL WHERE job = #{job} AND paused = TRUE")
	int resume(@Param("job") String job);

	@Update("UPDATE job_schedule SET last_node = #{node}, last_run_at = #{now} WHERE job = #{job}")
	int ran(@Param("job") String job, @Param("node") String node, @Param("now") Instant now);

}
