package cn.beianbridge.drift.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.drift.DriftCheckSettings;
import cn.beianbridge.drift.DriftFindings;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.MutableClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily cap, with its default, over a province with more filed domains than it: the bureau (a gateway that
 * answers at once, as the simulator would at the gateway's pace over hours) is asked about no more a China day,
 * and the next day's run resumes where the last stopped.
 */
@SpringBootTest
@ActiveProfiles("test")
class DriftCheckCapTests {

	private static final String WEBSITE_NUMBER = "豫ICP备2026000001号-1";

	@Autowired
	ProvinceDriftCheck check;

	@Autowired
	DriftCheckSettings settings;

	@Autowired
	DriftFindings findings;

	@Autowired
	CountingBureau bureau;

	@Autowired
	FilingIntake intake;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProvinceWithMoreDomainsThanTheDailyCapIsCheckedOverTwoDaysResumingWhereItStopped() {
		assertThat(settings.dailyCap()).as("the production default").isEqualTo(10_000);
		int domains = settings.dailyCap() + 50;
		approvedWithDomains("41", domains);

		DriftRun first = check.check("41");

		assertThat(bureau.asked.get()).isEqualTo(settings.dailyCap());
		assertThat(first.end()).isEqualTo("daily cap reached");
		assertThat(first.counts()).containsEntry("domains checked", settings.dailyCap());

		clock.advance(Duration.ofHours(3)); // a later run the same China day
		DriftRun sameDay = check.check("41");
		assertThat(sameDay.checked()).isZero();
		assertThat(bureau.asked.get()).isEqualTo(settings.dailyCap());

		clock.advance(Duration.ofDays(1));
		DriftRun nextDay = check.check("41");
		assertThat(nextDay.checked()).as("the rest, none twice").isEqualTo(50);
		assertThat(nextDay.end()).isEqualTo("pass completed");
		assertThat(bureau.distinctDomains()).isEqualTo(domains);
		assertThat(findings.open("41", 10)).as("the bureau agreed on every one").isEmpty();
	}

	private void approvedWithDomains(String province, int count) {
		long id = intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId("CAP-1").bytes(),
				IntakeSource.PUSH, "test").filingId();
		transitions.batched(List.of(id), "test", "test");
		transitions.submitted(List.of(id), "test", "test");
		long websiteId = numbers.of(id).orElseThrow().websites().get(0).websiteId();
		transitions.approved(id, province, "豫ICP备2026000001号", Map.of(websiteId, WEBSITE_NUMBER), "test", "test");
		int existing = jdbc.queryForObject("select count(*) from website_domain where website_id = ?", Integer.class,
				websiteId);
		List<Object[]> rows = new ArrayList<>();
		for (int i = existing; i < count; i++) {
			rows.add(new Object[] { websiteId, i, "site-" + i + ".cap.cn" });
		}
		jdbc.batchUpdate("insert into website_domain (website_id, ordinal, domain) values (?, ?, ?)", rows);
	}

	/** The bureau agrees about every domain, and counts the questions. */
	static class CountingBureau implements BureauGateway {

		final AtomicInteger asked = new AtomicInteger();

		private final Set<String> domains = ConcurrentHashMap.newKeySet();

		@Override
		public BureauReply call(String province, BureauCall call) {
			BureauCall.QueryBeianStatus query = (BureauCall.QueryBeianStatus) call;
			asked.incrementAndGet();
			domains.add(query.condition());
			return BureauReply.Answered.of(BureauReturn.of(0, "filed"), new StatusInfo(0, query.condition(), "示例网",
					"豫ICP备2026000001号", WEBSITE_NUMBER, true));
		}

		@Override
		public boolean ready(String province) {
			return true;
		}

		int distinctDomains() {
			return domains.size();
		}

	}

	@TestConfiguration
	static class Peers {

		@Bean
		@Primary
		CountingBureau countingBureau() {
			return new CountingBureau();
		}

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-11-27T17:30:00Z")); // 01:30 in Shanghai
		}

	}

}
