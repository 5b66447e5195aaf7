package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EventMapper {

	void insertEvent(@Param("eventId") String eventId, @Param("filingId") Long filingId,
			@Param("consoleFilingId") String consoleFilingId, @Param("province") String province,
			@Param("type") String type, @Param("at") Instant at, @Param("payload") String payload);

	List<String> findPayloads(@Param("consoleFilingId") String consoleFilingId);

	void insertRejectedInput(@Param("source") String source, @Param("sourceRef") String sourceRef,
			@Param("consoleFilingId") String consoleFilingId, @Param("rawPayload") String rawPayload,
			@Param("errors") String errors, @Param("at") Instant at);

	long countRejectedInputs();

	List<FilingRows.DeliveryCountRow> countDeliveries();

}
