package cn.beianbridge.filing;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/**
 * The domains we show as filed: those of approved websites (as last changed), with the ICP number the bureau gave each website. Read in
 * pages by the domain row's id, so a check over 100,000 of them can stop and resume where it stopped.
 */
@Service
public class FiledDomains {

	private final FiledDomainsMapper mapper;

	FiledDomains(FiledDomainsMapper mapper) {
		this.mapper = mapper;
	}

	/** The province's filed domains after {@code afterId}, in id order. */
	public List<FiledDomain> after(String province, long afterId, int limit) {
		return mapper.after(province, afterId, limit);
	}

	/**
	 * @param id the domain row's id: the order of a check, and where it resumes
	 * @param websiteIcpNumber the website's number as the bureau approved it
	 */
	public record FiledDomain(long id, String domain, String websiteIcpNumber, String consoleFilingId,
			String consoleWebsiteId) {
	}

	@Mapper
	interface FiledDomainsMapper {

		// APPROVED is the state of a filing the bureau holds; a website the bureau cancels leaves this list with it, and
		// one an approved CHANGE replaced leaves it for the change's (the domains as changed)
		@Select("""
				SELECT d.id, d.domain, COALESCE(w.approved_icp_number, w.icp_number) AS website_icp_number,
				  f.console_filing_id, w.console_website_id
				FROM website_domain d
				JOIN website w ON w.id = d.website_id
				JOIN filing f ON f.id = w.filing_id
				WHERE f.province = #{province} AND f.state = 'APPROVED' AND w.superseded_by IS NULL AND d.id > #{afterId}
				ORDER BY d.id LIMIT #{limit}
				""")
		List<FiledDomain> after(@Param("province") String province, @Param("afterId") long afterId,
				@Param("limit") int limit);

	}

}
