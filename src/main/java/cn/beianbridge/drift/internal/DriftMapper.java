package cn.beianbridge.drift.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import cn.beianbridge.drift.DriftFinding;
import cn.beianbridge.shared.GeneratedKey;

@Mapper
interface DriftMapper {

	String FINDING = """
			SELECT id, province, domain, console_filing_id, console_website_id, our_icp_number, bureau_icp_number,
			  bureau_answer, found_at, last_checked_at, cleared_at FROM drift_finding
			""";

	@Select(FINDING + " WHERE open_domain = #{domain}")
	DriftFinding findOpen(@Param("domain") String domain);

	@Insert("""
			INSERT INTO drift_finding (province, domain, open_domain, console_filing_id, console_website_id,
			  our_icp_number, bureau_icp_number, bureau_answer, found_at, last_checked_at)
			VALUES (#{f.province}, #{f.domain}, #{f.domain}, #{f.consoleFilingId}, #{f.consoleWebsiteId},
			  #{f.ourIcpNumber,jdbcType=VARCHAR}, #{f.bureauIcpNumber,jdbcType=VARCHAR}, #{f.bureauAnswer},
			  #{f.foundAt}, #{f.lastCheckedAt})
			""")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("f") DriftFinding finding, @Param("key") GeneratedKey key);

	@Update("""
			UPDATE drift_finding SET bureau_icp_number = #{bureauIcpNumber,jdbcType=VARCHAR},
			  bureau_answer = #{answer}, last_checked_at = #{now} WHERE id = #{id}
			""")
	int checkedAgain(@Param("id") long id, @Param("bureauIcpNumber") String bureauIcpNumber,
			@Param("answer") String answer, @Param("now") Instant now);

	@Update("""
			UPDATE drift_finding SET open_domain = NULL, cleared_at = #{now}, last_checked_at = #{now},
			  cleared_answer = #{answer} WHERE open_domain = #{domain}
			""")
	int clear(@Param("domain") String domain, @Param("answer") String answer, @Param("now") Instant now);

	@Select(FINDING + """
			 WHERE open_domain IS NOT NULL AND (#{province,jdbcType=VARCHAR} IS NULL OR province = #{province})
			ORDER BY found_at, id LIMIT #{limit}
			""")
	List<DriftFinding> findOpenIn(@Param("province") String province, @Param("limit") int limit);

	@Select("SELECT province, COUNT(*) AS open_findings FROM drift_finding WHERE open_domain IS NOT NULL "
			+ "GROUP BY province ORDER BY province")
	List<OpenCount> countOpen();

	@Select(FINDING + " WHERE domain = #{domain} ORDER BY found_at, id")
	List<DriftFinding> findOfDomain(@Param("domain") String domain);

	@Select("""
			SELECT province, last_domain_id, check_day, checked_that_day, passes_completed
			FROM drift_check_progress WHERE province = #{province}
			""")
	DriftProgress findProgress(@Param("province") String province);

	@Insert("""
			INSERT INTO drift_check_progress (province, last_domain_id, check_day, checked_that_day, passes_completed,
			  updated_at) VALUES (#{p.province}, #{p.lastDomainId}, #{p.checkDay}, #{p.checkedThatDay},
			  #{p.passesCompleted}, #{now})
			""")
	void insertProgress(@Param("p") DriftProgress progress, @Param("now") Instant now);

	@Update("""
			UPDATE drift_check_progress SET last_domain_id = #{p.lastDomainId}, check_day = #{p.checkDay},
			  checked_that_day = #{p.checkedThatDay}, passes_completed = #{p.passesCompleted}, updated_at = #{now}
			WHERE province = #{p.province}
			""")
	int updateProgress(@Param("p") DriftProgress progress, @Param("now") Instant now);

	record OpenCount(String province, long openFindings) {
	}

	/**
	 * Where a province's check stands.
	 *
	 * @param lastDomainId the last domain row checked in this pass, 0 at a pass's start
	 * @param checkDay the China day {@code checkedThatDay} counts
	 */
	record DriftProgress(String province, long lastDomainId, LocalDate checkDay, int checkedThatDay,
			int passesCompleted) {

		/** The progress on {@code today}: a new day starts its count at zero, the pass goes on where it was. */
		DriftProgress on(LocalDate today) {
			return today.equals(checkDay) ? this : new DriftProgress(province, lastDomainId, today, 0, passesCompleted);
		}

		DriftProgress checked(long domainId) {
			return new DriftProgress(province, domainId, checkDay, checkedThatDay + 1, passesCompleted);
		}

		DriftProgress passCompleted() {
			return new DriftProgress(province, 0, checkDay, checkedThatDay, passesCompleted + 1);
		}

	}

}
