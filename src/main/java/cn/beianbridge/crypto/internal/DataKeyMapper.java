package cn.beianbridge.crypto.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.beianbridge.shared.GeneratedKey;

@Mapper
interface DataKeyMapper {

	/** Every data key, locked: one node at a time re-wraps them. */
	List<DataKeyRow> lockAll();

	DataKeyRow find(@Param("id") int id);

	void insert(@Param("wrappedKey") String wrappedKey, @Param("kekId") String kekId, @Param("now") Instant now,
			@Param("key") GeneratedKey key);

	int rewrap(@Param("id") int id, @Param("wrappedKey") String wrappedKey, @Param("kekId") String kekId,
			@Param("now") Instant now);

	Integer maxRetired();

	ResealProgress findProgress(@Param("target") String target);

	void insertProgress(@Param("p") ResealProgress progress, @Param("now") Instant now);

	int updateProgress(@Param("p") ResealProgress progress, @Param("now") Instant now);

	record DataKeyRow(int id, String wrappedKey, String kekId, String state, Instant createdAt, Instant retiredAt) {
	}

}
