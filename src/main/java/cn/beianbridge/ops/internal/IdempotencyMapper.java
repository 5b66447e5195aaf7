package cn.beianbridge.ops.internal;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface IdempotencyMapper {

	@Insert("INSERT IGNORE INTO ops_idempotency (actor, idem_key, request, created_at) "
			+ "VALUES (#{actor}, #{key}, #{request}, #{now})")
	int claim(@Param("actor") String actor, @Param("key") String key, @Param("request") String request,
			@Param("now") Instant now);

	@Select("SELECT request, status, content_type, body, created_at FROM ops_idempotency "
			+ "WHERE actor = #{actor} AND idem_key = #{key}")
	Stored find(@Param("actor") String actor, @Param("key") String key);

	@Update("UPDATE ops_idempotency SET status = #{status}, content_type = #{contentType}, body = #{body} "
			+ "WHERE actor = #{actor} AND idem_key = #{key}")
	void answer(@Param("actor") String actor, @Param("key") String key, @Param("status") int status,
			@Param("contentType") String contentType, @Param("body") String body);

	@Delete("DELETE FROM ops_idempotency WHERE actor = #{actor} AND idem_key = #{key}")
	void release(@Param("actor") String actor, @Param("key") String key);

	@Delete("DELETE FROM ops_idempotency WHERE created_at < #{before} LIMIT #{limit}")
	int purge(@Param("before") Instant before, @Param("limit") int limit);

	@Delete("DELETE FROM ops_idempotency WHERE actor = #{actor} AND idem_key = #{key} AND status IS NULL "
			+ "AND created_at < #{before}")
	int releaseAbandoned(@Param("actor") String actor, @Param("key") String key, @Param("before") Instant before);

	record Stored(String request, Integer status, String contentType, String body, Instant createdAt) {
	}

}
