package cn.beianbridge.collection.internal;

import java.time.Clock;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.Insert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where each pull source stands. Moved only after the page it follows is stored. */
@Component
class CursorStore {

	private final CursorMapper mapper;

	private final Clock clock;

	CursorStore(CursorMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	String current(String source) {
		return mapper.find(source);
	}

	@Transactional
	void advance(String source, String cursor) {
		if (mapper.update(source, cursor, clock.instant()) == 0) {
			mapper.insert(source, cursor, clock.instant());
		}
	}

	@Mapper
	interface CursorMapper {

		@Select("SELECT cursor_value FROM collection_cursor WHERE source = #{source}")
		String find(@Param("source") String source);

		@Update("UPDATE collection_cursor SET cursor_value = #{cursor}, updated_at = #{at} WHERE source = #{source}")
		int update(@Param("source") String source, @Param("cursor") String cursor, @Param("at") java.time.Instant at);

		@Insert("INSERT INTO collection_cursor (source, cursor_value, updated_at) VALUES (#{source}, #{cursor}, #{at})")
		void insert(@Param("source") String source, @Param("cursor") String cursor, @Param("at") java.time.Instant at);

	}

}
