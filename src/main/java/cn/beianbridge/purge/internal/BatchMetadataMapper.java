package cn.beianbridge.purge.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Spring Batch's job repository tables, deleted children first (their foreign keys allow no other order). */
@Mapper
interface BatchMetadataMapper {

	/**
	 * Job instances with at least one execution whose every execution has stopped (not STARTING, STARTED or
	 * STOPPING) and last moved before {@code before}, oldest first.
	 */
	List<Long> findFinishedInstances(@Param("before") LocalDateTime before, @Param("limit") int limit);

	List<Long> findExecutions(@Param("instanceIds") List<Long> instanceIds);

	int deleteStepExecutionContexts(@Param("executionIds") List<Long> executionIds);

	int deleteStepExecutions(@Param("executionIds") List<Long> executionIds);

	int deleteJobExecutionContexts(@Param("executionIds") List<Long> executionIds);

	int deleteJobExecutionParams(@Param("executionIds") List<Long> executionIds);

	int deleteJobExecutions(@Param("executionIds") List<Long> executionIds);

	int deleteJobInstances(@Param("instanceIds") List<Long> instanceIds);

}
