package cn.beianbridge.download;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HostedObjects;
import cn.beianbridge.filing.HostedObjects.Website;
import cn.beianbridge.filing.StoredFiling;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a filing keeps every bureau id of what it hosts as the simulated bureau filed them (its register is the
 * bureau's truth), and whether the lookup finds the filing by each.
 */
final class HostedIdsChecks {

	private final HostedObjects hosted;

	private final Filings filings;

	private final JdbcTemplate jdbc;

	HostedIdsChecks(HostedObjects hosted, Filings filings, JdbcTemplate jdbc) {
		this.hosted = hosted;
		this.filings = filings;
		this.jdbc = jdbc;
	}

	/** @return the filing's websites as the lookup returns them */
	List<Website> everyIdKeptAndFound(long filingId) {
		List<Website> websites = websiteIds(filingId).stream().map(id -> hosted.website(id).orElseThrow()).toList();
		for (Website website : websites) {
			String number = website.icpNumber();
			assertThat(website.wzid()).as("Wzid of %s", number).isEqualTo(
					jdbc.queryForObject("select wzid from sim_filed_website where icp_number = ?", Long.class, number));
			assertThat(website.access().jrid()).as("Jrid of our access to %s", number).isEqualTo(jdbc.queryForObject(
					"select jrid from sim_filed_access where website_icp_number = ? and isp_jrid = ?", Long.class, number,
					website.websiteId()));
			assertThat(website.domains()).isNotEmpty().allSatisfy(domain -> assertThat(domain.ymid())
				.as("Ymid of %s", domain.domain())
				.isEqualTo(jdbc.queryForObject("select ymid from sim_filed_domain where domain = ?", Long.class,
						domain.domain())));
			assertThat(website.access().ipRanges()).isNotEmpty().allSatisfy(range -> assertThat(range.ipid())
				.as("Ipid of %s-%s", range.start(), range.end())
				.isEqualTo(jdbc.queryForObject("select ipid from sim_filed_ip_range where isp_ipid = ? and jrid = ?",
						Long.class, range.rangeId(), website.access().jrid())));
			Long ztid = jdbc.queryForObject("select e.ztid from sim_filed_entity e join sim_filed_website w on "
					+ "w.entity_icp_number = e.icp_number where w.icp_number = ?", Long.class, number);
			assertThat(website.filing().ztid()).as("Ztid of the entity of %s", number).isEqualTo(ztid);

			assertThat(hosted.entityByZtid(ztid).orElseThrow().filings()).extracting(HostedObjects.Filing::filingId)
				.contains(filingId);
			assertThat(hosted.entityByZtid(ztid).orElseThrow().websites()).extracting(Website::websiteId)
				.contains(website.websiteId());
			assertThat(hosted.entityByIcpNumber(website.filing().entityIcpNumber()).orElseThrow().ztid()).isEqualTo(ztid);
			assertThat(hosted.websitesByWzid(website.wzid())).extracting(Website::websiteId).contains(website.websiteId());
			assertThat(hosted.websitesByJrid(website.access().jrid())).extracting(Website::websiteId)
				.containsExactly(website.websiteId());
			assertThat(hosted.websitesByIcpNumber(number)).extracting(Website::websiteId).contains(website.websiteId());
		}
		return websites;
	}

	List<Long> websiteIds(long filingId) {
		return filings.stored(filingId).orElseThrow().websiteKeys().stream().map(StoredFiling.WebsiteKeys::websiteId)
			.toList();
	}

	/**
	 * A new access naming its entity's number too: its entity's attachments are written with it (Ssdxbs), which the
	 * contract asks of a new website only.
	 */
	static byte[] aNewAccessOfTheEntity(String province, String entityIcpNumber, String consoleFilingId,
			String domain) {
		ObjectNode filing = FilingJson.aNewAccessFiling().inProvince(province).withConsoleFilingId(consoleFilingId)
			.domains(domain).build();
		((ObjectNode) filing.get("entity")).put("icpNumber", entityIcpNumber);
		try {
			return FilingJson.MAPPER.writeValueAsBytes(filing);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
