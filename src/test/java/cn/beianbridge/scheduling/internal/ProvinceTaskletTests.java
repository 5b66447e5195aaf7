package cn.beianbridge.scheduling.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvincePartitioner;
import cn.beianbridge.scheduling.ProvincePauses;
import cn.beianbridge.scheduling.ProvinceWork;

import static org.assertj.core.api.Assertions.assertThat;

/** One province's partition: what its work did ends up in the step execution admins look at. */
class ProvinceTaskletTests {

	private final StepExecution step = new StepExecution(7L, "downloadProvince:province-33",
			new JobExecution(3L, new JobInstance(1L, "download"), new JobParameters()));

	private final StepContribution contribution = step.createStepContribution();

	ProvinceTaskletTests() {
		step.getExecutionContext().putString(ProvincePartitioner.PROVINCE, "33");
	}

	@Test
	void theWorksCountsBecomeTheStepsWriteCountContextAndExitDescription() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("files received", 3);
		counts.put("files applied", 2);
		execute(province -> ProvinceOutcome.done(counts, 2), true);

		assertThat(contribution.getWriteCount()).isEqualTo(2);
		assertThat(ProvinceTasklet.counts(step.getExecutionContext())).containsExactly(Map.entry("files received", 3),
				Map.entry("files applied", 2));
		assertThat(contribution.getExitStatus().getExitDescription()).isEqualTo("3 files received, 2 files applied");
		assertThat(ProvinceOutcome.skipped(contribution.getExitStatus().getExitDescription())).isFalse();
	}

	@Test
	void aProvinceWhoseDependencyHasNotStartedWaitsWithoutBeingWorkedOn() throws Exception {
		ProvinceWork work = new ProvinceWork() {

			@Override
			public ProvinceOutcome run(String province) {
				throw new AssertionError("a province that is not ready is not worked on");
			}

			@Override
			public String notReady(String province) {
				return "its bureau gateway has not started";
			}

		};
		execute(work, true);

		assertThat(step.getExecutionContext().getString(ProvinceTasklet.OUTCOME)).isEqualTo("WAITING");
		assertThat(contribution.getExitStatus().getExitDescription())
			.isEqualTo("skipped, waiting: its bureau gateway has not started");
		assertThat(ProvinceOutcome.skipped(contribution.getExitStatus().getExitDescription()))
			.as("the console shows no upload files under a skipped step")
			.isTrue();
	}

	@Test
	void aNodeWhoseNameAnotherProcessTookStartsNoWork() throws Exception {
		execute(province -> {
			throw new AssertionError("no work on a node taken for dead");
		}, false);

		assertThat(contribution.getExitStatus().getExitDescription()).startsWith("skipped, waiting: another process");
	}

	@Test
	void troubleSaysWhyAndWhatWasDoneAnyway() throws Exception {
		execute(province -> ProvinceOutcome.trouble("stopped: isp_download: 902", Map.of("files applied", 1), 1), true);

		assertThat(step.getExecutionContext().getString(ProvinceTasklet.REASON)).isEqualTo("stopped: isp_download: 902");
		assertThat(contribution.getExitStatus().getExitDescription())
			.isEqualTo("trouble: stopped: isp_download: 902 (1 files applied)");
	}

	@Test
	void aPausedProvinceWaitsWithThePausesReasonAndIsNotWorkedOn() throws Exception {
		paused = new ProvincePauses.Pause("33", "bureau maintenance until Sunday", "operator", Instant.EPOCH);
		execute(province -> {
			throw new AssertionError("a paused province is not worked on");
		}, true);

		assertThat(step.getExecutionContext().getString(ProvinceTasklet.OUTCOME)).isEqualTo("WAITING");
		assertThat(contribution.getExitStatus().getExitDescription())
			.isEqualTo("skipped, waiting: paused by operator: bureau maintenance until Sunday");
	}

	private ProvincePauses.Pause paused;

	private void execute(ProvinceWork work, boolean serving) throws Exception {
		ProvincePauses pauses = new ProvincePauses() {

			@Override
			public Optional<Pause> find(String province) {
				return Optional.ofNullable(paused).filter(pause -> pause.province().equals(province));
			}

			@Override
			public List<Pause> all() {
				return paused == null ? List.of() : List.of(paused);
			}

			@Override
			public boolean pause(String province, String reason, String pausedBy) {
				throw new UnsupportedOperationException();
			}

			@Override
			public boolean resume(String province) {
				throw new UnsupportedOperationException();
			}

		};
		new ProvinceTasklet(work, () -> serving, pauses).execute(contribution,
				new ChunkContext(new StepContext(step)));
	}

}
