package cn.beianbridge.purge.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.purge.BatchRuns.BatchRun;
import cn.beianbridge.purge.BatchRuns.Filter;

@Mapper
interface BatchRunMapper {

	List<BatchRun> search(@Param("filter") Filter filter, @Param("createdFrom") LocalDateTime createdFrom,
			@Param("createdBefore") LocalDateTime createdBefore, @Param("offset") int offset, @Param("limit") int limit);

	List<String> jobNames();

}
