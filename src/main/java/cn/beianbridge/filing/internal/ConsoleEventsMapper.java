package cn.beianbridge.filing.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import cn.beianbridge.filing.ConsoleEventDelivery;
import cn.beianbridge.filing.ConsoleEventQuery;

/** Reads of filing_event's delivery columns for the operators ({@link cn.beianbridge.filing.ConsoleEvents}). */
@Mapper
interface ConsoleEventsMapper {

	String COLUMNS = "SELECT id, event_id, console_filing_id, province, type, occurred_at, delivery_status AS status, "
			+ "attempts, next_attempt_at, last_error FROM filing_event ";

	String MATCHING = """
			<where>
			  <if test="q.status != null">AND delivery_status = #{q.status}</if>
			  <if test="q.type != null">AND type = #{q.type}</if>
			  <if test="q.consoleFilingId != null">AND console_filing_id = #{q.consoleFilingId}</if>
			  <if test="q.province != null">AND province = #{q.province}</if>
			  <if test="q.from != null">AND occurred_at &gt;= #{q.from}</if>
			  <if test="q.to != null">AND occurred_at &lt; #{q.to}</if>
			</where>
			""";

	@Select("<script>" + COLUMNS + MATCHING + " ORDER BY id LIMIT #{limit}</script>")
	List<ConsoleEventDelivery> find(@Param("q") ConsoleEventQuery query, @Param("limit") int limit);

	@Select("<script>SELECT COUNT(*) FROM filing_event " + MATCHING + "</script>")
	long count(@Param("q") ConsoleEventQuery query);

	@Select(COLUMNS + "WHERE event_id = #{eventId}")
	ConsoleEventDelivery findByEventId(@Param("eventId") String eventId);

}
