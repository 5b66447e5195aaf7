package cn.beianbridge.scheduling.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import cn.beianbridge.scheduling.ProvincePauses.Pause;

@Mapper
interface ProvincePauseMapper {

	@Select("SELECT province, reason, paused_by, paused_at FROM province_pause WHERE province = #{province}")
	Pause find(@Param("province") String province);

	@Select("SELECT province, reason, paused_by, paused_at FROM province_pause ORDER BY province")
	List<Pause> all();

	@Insert("INSERT IGNORE INTO province_pause (province, reason, paused_by, paused_at) "
			+ "VALUES (#{province}, #{reason}, #{by}, #{now})")
	int insert(@Param("province") String province, @Param("reason") String reason, @Param("by") String by,
			@Param("now") Instant now);

	@Delete("DELETE FROM province_pause WHERE province = #{province}")
	int delete(@Param("province") String province);

}
