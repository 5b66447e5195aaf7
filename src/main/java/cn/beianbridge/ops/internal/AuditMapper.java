package cn.beianbridge.ops.internal;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** {@code ops_audit} is append-only: there is no update and no delete here. */
@Mapper
interface AuditMapper {

	@Insert("INSERT INTO ops_audit (at, actor, role, action, target, parameters, reason, dry_run_count, outcome, "
			+ "state_before, state_after, node) VALUES (#{e.at}, #{e.actor}, #{e.role}, #{e.action}, #{e.target}, "
			+ "#{e.parameters}, #{e.reason}, #{e.dryRunCount}, #{e.outcome}, #{e.stateBefore}, #{e.stateAfter}, "
			+ "#{e.node})")
	void insert(@Param("e") AuditEntry entry);

	@Select("""
			<script>
			SELECT id, at, actor, role, action, target, parameters, reason, dry_run_count, outcome, state_before,
			  state_after, node
			FROM ops_audit
			<where>
			  <if test="q.actor != null">AND actor = #{q.actor}</if>
			  <if test="q.action != null">AND action = #{q.action}</if>
			  <if test="q.target != null">AND target LIKE CONCAT(#{q.target}, '%')</if>
			  <if test="q.from != null">AND at &gt;= #{q.from}</if>
			  <if test="q.to != null">AND at &lt; #{q.to}</if>
			  <if test="q.beforeId != null">AND id &lt; #{q.beforeId}</if>
			</where>
			ORDER BY id DESC LIMIT #{limit}
			</script>""")
	List<AuditEntry> find(@Param("q") AuditQuery query, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM ops_audit")
	long count();

}
