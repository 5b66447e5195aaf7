package cn.beianbridge.download;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HostedObjects;
import cn.beianbridge.filing.HostedObjects.Website;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.simulator.bureau.SimulatedRegister;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On MariaDB, with the simulated bureau deciding on its merits: a first filing and a new access to a website another
 * provider filed, both approved, keep every bureau id of what they host, and the lookup finds them by each.
 */
class HostedIdsIntegrationTests extends SimulatedBureausTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_hosted_ids", registry);
	}

	@Autowired
	FilingIntake intake;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	Filings filings;

	@Autowired
	HostedObjects hosted;

	@Autowired
	SimulatedRegister register;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFirstFilingAndANewAccessToASiteFiledElsewhereEndWithEveryIdKeptAndFound() {
		register.websiteFiledElsewhere("33", "浙ICP备2026012345号-1", 990001, List.of("it-elsewhere.cn"));
		long first = stored(aFirstFiling().inProvince("33").withConsoleFilingId("IT-IDS-FIRST").withWebsites(2)
			.domains("it-first.cn", "shop.it-first.cn").ipRanges("198.51.100.1", "198.51.100.9", "198.51.100.30",
					"198.51.100.30")
			.bytes());
		long access = stored(HostedIdsChecks.aNewAccessOfTheEntity("33", "浙ICP备2026012345号", "IT-IDS-ACCESS",
				"it-elsewhere.cn"));
		assertThat(submitter.submit("33").filingsSubmitted()).isEqualTo(2);

		downloader.download("33");

		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.find(access).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		HostedIdsChecks checks = new HostedIdsChecks(hosted, filings, jdbc);
		List<Website> firstSites = checks.everyIdKeptAndFound(first);
		assertThat(firstSites).hasSize(2);
		assertThat(firstSites.get(0).domains()).hasSize(2);
		assertThat(firstSites.get(0).access().ipRanges()).hasSize(2);
		Website accessed = checks.everyIdKeptAndFound(access).get(0);
		assertThat(accessed.wzid()).isEqualTo(990001L);
		assertThat(hosted.entityByIcpNumber("浙ICP备2026012345号").orElseThrow().filings())
			.extracting(HostedObjects.Filing::filingId).containsExactly(access);
		assertThat(jdbc.queryForList("select text from result_quarantine where province = '33'", String.class)).isEmpty();
	}

	private long stored(byte[] filing) {
		IntakeResult result = intake.accept(filing, IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

}
