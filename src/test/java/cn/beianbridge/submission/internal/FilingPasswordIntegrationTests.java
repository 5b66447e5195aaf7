package cn.beianbridge.submission.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static cn.beianbridge.support.FilingJson.aNewWebsiteFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The filing password checked with the simulated bureau before sending, on MariaDB, with the settings a user gets
 * (MD5 in every province, the simulator's limit of 5 checks of one password in 10 minutes, the gateway's rate): a
 * wrong one is held before the upload, a correct one goes into the file, one over the limit waits for a later run;
 * the others of the run are submitted all the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.notifications.enabled=true" })
@ActiveProfiles("test")
class FilingPasswordIntegrationTests {

	private static final String ZHEJIANG = "33";

	/** The demo console's filings carry the MD5 of "a". */
	private static final String PASSWORD_A = "0cc175b9c0f1b6a831c399e269772661";

	/** The MD5 of "123456". */
	private static final String PASSWORD_123456 = "e10adc3949ba59abbe56e057f20f883e";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_filing_password", registry);
		int port = FreePort.next();
		registry.add("server.port", () -> port);
	}

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	BureauClients clients;

	@Autowired
	MutableClock clock;

	@Autowired
	SubmissionSlaWatch slaWatch;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWrongPasswordIsHeldBeforeTheUploadACorrectOneGoesAndOneOverTheLimitGoesInALaterRun() {
		// the bureau knows these entities' passwords (each taught by a first check, as entities filed before it)
		assertThat(verify("浙ICP备2026000101号", PASSWORD_123456)).isTrue();
		assertThat(verify("浙ICP备2026000102号", PASSWORD_A)).isTrue();
		// the third's password has been checked as often as the bureau allows in its window
		for (int i = 0; i < 5; i++) {
			assertThat(verify("浙ICP备2026000103号", PASSWORD_A)).isTrue();
		}
		long wrong = stored(newWebsite("PW-WRONG", "浙ICP备2026000101号", PASSWORD_A));
		long right = stored(newWebsite("PW-RIGHT", "浙ICP备2026000102号", PASSWORD_A));
		long limited = stored(newWebsite("PW-LIMIT", "浙ICP备2026000103号", PASSWORD_A));
		long first = stored(aFirstFiling().inProvince(ZHEJIANG).withConsoleFilingId("PW-FIRST").withOwnWebsite("密码测试")
			.build());

		ProvinceSubmission run = submitter.submit(ZHEJIANG);

		assertThat(run.filingsSubmitted()).as("the right one and the first filing").isEqualTo(2);
		assertThat(state(right)).isEqualTo(FilingState.SUBMITTED);
		assertThat(state(first)).isEqualTo(FilingState.SUBMITTED);
		// wrong: held with a reason the console and the customer read, never in a file, never at the bureau
		assertThat(state(wrong)).isEqualTo(FilingState.HELD);
		assertThat(filings.currentHoldReasons(wrong)).extracting(Reason::code)
			.containsExactly(FilingHeld.FILING_PASSWORD_WRONG);
		assertThat(filings.currentHoldReasons(wrong).get(0).text()).startsWith("filing password wrong");
		assertThat(filings.events("PW-WRONG")).singleElement().asString().contains("\"HELD\"", "filing password wrong");
		assertThat(jdbc.queryForObject("select count(*) from upload_batch_filing where filing_id = ?", Integer.class,
				wrong)).isZero();
		assertThat(atTheBureau("浙ICP备2026000101号")).isZero();
		assertThat(atTheBureau("浙ICP备2026000102号")).isOne();
		// over the limit: still waiting, said once in its history, not in a file
		assertThat(state(limited)).isEqualTo(FilingState.RECEIVED);
		assertThat(passwordWaits(limited)).singleElement().satisfies(entry -> assertThat(entry.cause())
			.contains("msg_code 22", "next submit run"));
		assertThat(atTheBureau("浙ICP备2026000103号")).isZero();
		// the customer hears of the wrong password, by SMS and email, once per person
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from notification where kind = 'FILING_PASSWORD_WRONG' and console_filing_id = 'PW-WRONG'",
				Integer.class) == 4);
		assertThat(jdbc.queryForList("select distinct template_code from notification where kind = "
				+ "'FILING_PASSWORD_WRONG' and channel = 'SMS'", String.class)).containsExactly("SMS_BEIAN_PASSWORD_WRONG");

		ProvinceSubmission stillLimited = submitter.submit(ZHEJIANG);

		assertThat(stillLimited.filingsSubmitted()).isZero();
		assertThat(state(limited)).isEqualTo(FilingState.RECEIVED);
		assertThat(passwordWaits(limited)).as("a history line once, not per run").hasSize(1);

		slaWatch.run();
		assertThat(slaWatch.snapshot().get(ZHEJIANG).waiting()).as("it and the held one, waiting like any other")
			.isEqualTo(2);

		// its deadline counts: past it, the operators are alerted as for any filing not yet sent
		clock.advance(Duration.between(clock.instant(), filings.find(limited).orElseThrow().submissionDeadline())
			.plusMinutes(1));
		slaWatch.run();
		assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'SLA_MISSED' and "
				+ "console_filing_id = 'PW-LIMIT'", Integer.class)).isPositive();

		// by now the bureau's window has passed
		ProvinceSubmission later = submitter.submit(ZHEJIANG);

		assertThat(later.filingsSubmitted()).isOne();
		assertThat(state(limited)).isEqualTo(FilingState.SUBMITTED);
		assertThat(atTheBureau("浙ICP备2026000103号")).isOne();
		assertThat(jdbc.queryForList("select filing_id, outcome, checks from filing_password_check order by filing_id"))
			.extracting(row -> row.get("filing_id") + " " + row.get("outcome") + " " + row.get("checks"))
			.containsExactly(wrong + " WRONG 1", right + " CORRECT 1", limited + " CORRECT 3");
		assertThat(state(wrong)).as("a wrong password is not asked again while held").isEqualTo(FilingState.HELD);
	}

	private boolean verify(String icpNumber, String passwordMd5) {
		BureauReply reply = clients.get(ZHEJIANG).verifyBamm(icpNumber, passwordMd5);
		assertThat(reply).isInstanceOf(BureauReply.Answered.class);
		return ((BureauReply.Answered) reply).filingPasswordCorrect();
	}

	private static ObjectNode newWebsite(String consoleFilingId, String entityIcpNumber, String passwordMd5) {
		ObjectNode filing = aNewWebsiteFiling().inProvince(ZHEJIANG).withConsoleFilingId(consoleFilingId)
			.withOwnWebsite("密码测试" + consoleFilingId.substring(3))
			.build();
		((ObjectNode) filing.get("entity")).put("icpNumber", entityIcpNumber);
		return filing.put("filingPasswordMd5", passwordMd5);
	}

	private long stored(ObjectNode filing) {
		IntakeResult result = intake.accept(filing.toString().getBytes(StandardCharsets.UTF_8), IntakeSource.PUSH,
				"test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	private FilingState state(long id) {
		return filings.find(id).orElseThrow().state();
	}

	/** Records the simulated bureau received naming this entity. */
	private int atTheBureau(String entityIcpNumber) {
		return jdbc.queryForObject("select count(*) from sim_review r join sim_upload u on u.id = r.upload_id "
				+ "where r.ztbah = ?", Integer.class, entityIcpNumber);
	}

	private List<HistoryEntry> passwordWaits(long id) {
		return filings.history(id).stream().filter(entry -> entry.cause().contains("filing password check")).toList();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(TestClock.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

}
