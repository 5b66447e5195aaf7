package cn.beianbridge.filing.internal;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The sealed columns of filing's tables as stored, for the re-encryption after a key rotation (FilingSealing). */
@Mapper
interface ResealMapper {

	List<Map<String, Object>> filings(@Param("after") long after, @Param("limit") int limit);

	void updateFiling(@Param("r") Map<String, Object> row);

	List<Map<String, Object>> websites(@Param("after") long after, @Param("limit") int limit);

	void updateWebsite(@Param("r") Map<String, Object> row);

	List<Map<String, Object>> cancellations(@Param("after") long after, @Param("limit") int limit);

	void updateCancellation(@Param("r") Map<String, Object> row);

	List<Map<String, Object>> attachments(@Param("after") String after, @Param("limit") int limit);

	void updateAttachment(@Param("r") Map<String, Object> row);

	List<Map<String, Object>> events(@Param("after") long after, @Param("limit") int limit);

	void updateEvent(@Param("r") Map<String, Object> row);

	List<Map<String, Object>> rejectedInputs(@Param("after") long after, @Param("limit") int limit);

	void updateRejectedInput(@Param("r") Map<String, Object> row);

}
