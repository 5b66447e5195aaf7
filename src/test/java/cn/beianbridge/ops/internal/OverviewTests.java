package cn.beianbridge.ops.internal;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The overview, from the API and as the page (and its polled fragment): a province's waiting and missed filings, its
 * block and its circuit, each number a link to the list behind it.
 */
@AutoConfigureMockMvc
class OverviewTests extends SimulatedBureausTestSupport {

	private static final String PROVINCE = "65";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilingIntake intake;

	@AfterEach
	void clean() {
		jdbc.update("DELETE FROM province_block WHERE province = ?", PROVINCE);
	}

	@Test
	void theApiGivesEachProvinceItsFiguresAndItsGateway() throws Exception {
		// the suite's clock stands at 2026-11-30 10:00 in Shanghai: a deadline of the 28th is missed, one of the 1st is not
		store("OV-MISSED", "2026-11-26T10:00:00+08:00");
		store("OV-WAITING", "2026-11-30T09:00:00+08:00");
		jdbc.update("INSERT INTO province_block (province, msg_code, reason, blocked_at) "
				+ "VALUES (?, 5, 'isp_upload: 5 用户名或密码错误', CURRENT_TIMESTAMP)", PROVINCE);

		String json = mvc.perform(get("/api/ops/v1/overview").header("Authorization", "Bearer demo-viewer-token"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String row = "$.provinces[?(@.status.code == '" + PROVINCE + "')]";
		assertThat(JsonPath.<List<Integer>>read(json, row + ".filings.waiting")).singleElement()
			.satisfies(waiting -> assertThat(waiting).isGreaterThanOrEqualTo(2));
		assertThat(JsonPath.<List<Integer>>read(json, row + ".filings.missed")).singleElement()
			.satisfies(missed -> assertThat(missed).isGreaterThanOrEqualTo(1));
		assertThat(JsonPath.<List<Integer>>read(json, row + ".status.block.msgCode")).containsExactly(5);
		assertThat(JsonPath.<List<String>>read(json, row + ".circuit")).containsExactly("CLOSED");
		assertThat(json).contains("\"calendarYears\":[").contains("\"deadEvents\":").contains("\"stuckTriggers\":[");
	}

	@Test
	void thePageLinksEachNumberToItsListAndPollsItsFigures() throws Exception {
		store("OV-PAGE", "2026-11-26T10:00:00+08:00");

		String page = mvc.perform(get("/ops").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"ov-" + PROVINCE + "\"")
			.contains("href=\"/ops/filings?province=" + PROVINCE + "&amp;state=RECEIVED\"")
			.contains("href=\"/ops/provinces/" + PROVINCE + "\"")
			.contains("href=\"/ops/deliveries?kind=event&amp;status=DEAD\"")
			.contains("hx-get=\"/ops/overview/live\"")
			.contains("hx-trigger=\"every 10s\"");
		String live = mvc.perform(get("/ops/overview/live").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(live).startsWith("<div id=\"live\"").contains("id=\"ov-" + PROVINCE + "\"").doesNotContain("<html");
	}

	private void store(String consoleFilingId, String photoApprovedAt) {
		IntakeResult result = intake.accept(aFirstFiling().inProvince(PROVINCE)
			.withConsoleFilingId(consoleFilingId)
			.photoApprovedAt(photoApprovedAt)
			.bytes(), IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
	}

}
