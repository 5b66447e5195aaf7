package cn.beianbridge.submission.internal;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubmissionMapper {

	void insertSequenceIfAbsent(@Param("province") String province, @Param("now") Instant now);

	int countSequence(@Param("province") String province);

	SequenceRow lockSequence(@Param("province") String province);

	void updateSequence(@Param("province") String province, @Param("lastAccepted") long lastAccepted,
			@Param("lastAssigned") long lastAssigned, @Param("now") Instant now);

	record SequenceRow(long lastAccepted, long lastAssigned) {
	}

}
