package cn.beianbridge.scheduling.internal;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProvinceTroubleMapper {

	int insertIgnore(@Param("job") String job, @Param("province") String province, @Param("cause") String cause,
			@Param("causeKey") String causeKey, @Param("now") Instant now);

	TroubleRow lock(@Param("job") String job, @Param("province") String province);

	TroubleRow find(@Param("job") String job, @Param("province") String province);

	void update(TroubleRow row);

	int delete(@Param("job") String job, @Param("province") String province);

}
