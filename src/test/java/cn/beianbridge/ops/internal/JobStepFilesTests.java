package cn.beianbridge.ops.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A submit run's page lists, under each province step, the upload files that step worked (found by their moves while
 * the step held the province's lease) with their filings; a later run that sent nothing there, and a download run,
 * list none.
 */
@AutoConfigureMockMvc
class JobStepFilesTests extends SimulatedBureausTestSupport {

	private static final String PROVINCE = "65";

	private static final String STEP = "submitProvince:province-" + PROVINCE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilingIntake intake;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	@Qualifier("submitJob")
	Job submitJob;

	@Autowired
	@Qualifier("downloadJob")
	Job downloadJob;

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void aSubmitRunsPageListsTheFilesEachProvinceStepSentWithTheirFilingsAndADownloadRunsNone() throws Exception {
		IntakeResult stored = intake.accept(aFirstFiling().inProvince(PROVINCE)
			.withConsoleFilingId("STEP-FILES-1")
			.photoApprovedAt("2026-11-27T10:00:00+08:00")
			.bytes(), IntakeSource.PUSH, "test");
		assertThat(stored.outcome()).isEqualTo(IntakeResult.Outcome.STORED);

		long submit = run(submitJob);

		long file = jdbc.queryForObject("SELECT batch_id FROM upload_batch_filing WHERE filing_id = ?", Long.class,
				stored.filingId());
		String fileName = jdbc.queryForObject("SELECT file_name FROM upload_batch WHERE id = ?", String.class, file);
		assertThat(page(submit)).contains("id=\"files-" + STEP + "\"")
			.contains("id=\"step-file-" + file + "\"")
			.contains("href=\"/ops/provinces/" + PROVINCE + "#file-" + file + "\">" + fileName + "</a>")
			.contains("UPLOADING → ACCEPTED")
			.contains("href=\"/ops/filings/" + stored.filingId() + "\">STEP-FILES-1</a>");

		long again = run(submitJob);
		assertThat(page(again)).as("the next run sent nothing there")
			.contains("id=\"files-" + STEP + "\"")
			.contains("No upload file of this province moved during this step.")
			.doesNotContain("step-file-" + file);

		long download = run(downloadJob);
		assertThat(page(download)).doesNotContain("step-file-").doesNotContain("id=\"files-");
	}

	private long run(Job job) throws Exception {
		List<JobExecution> launched = provinceJobs.fire(job);
		assertThat(launched).hasSize(1);
		assertThat(provinceJobs.awaitIdle(Duration.ofMinutes(2))).isTrue();
		return launched.get(0).getId();
	}

	private String page(long execution) throws Exception {
		return mvc.perform(get("/ops/jobs/" + execution).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
