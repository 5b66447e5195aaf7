package cn.beianbridge.scheduling.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvincePauses;
import cn.beianbridge.scheduling.ProvincePartitioner;
import cn.beianbridge.scheduling.ProvinceWork;

/**
 * One partition of a province job: runs the module's work for the partition's province, unless a dependency has
 * not started, and keeps the outcome in the step execution (context and exit description), where admins, the run
 * summary and the failure report read it.
 */
final class ProvinceTasklet implements Tasklet {

	static final String OUTCOME = "outcome";

	static final String REASON = "reason";

	static final String COUNTS = "counts";

	private final ProvinceWork work;

	private final BooleanSupplier nodeServing;

	private final ProvincePauses pauses;

	/**
	 * @param nodeServing false once this node must start no more work (see {@link ClusterNodes#serving()})
	 * @param pauses a paused province is skipped, waiting, with the pause's reason
	 */
	ProvinceTasklet(ProvinceWork work, BooleanSupplier nodeServing, ProvincePauses pauses) {
		this.work = work;
		this.nodeServing = nodeServing;
		this.pauses = pauses;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		ProvinceOutcome outcome = outcome(context.getString(ProvincePartitioner.PROVINCE));
		context.putString(OUTCOME, outcome.status().name());
		if (outcome.reason() != null) {
			context.putString(REASON, outcome.reason());
		}
		context.put(COUNTS, new LinkedHashMap<>(outcome.counts()));
		contribution.incrementWriteCount(outcome.written());
		contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(outcome.describe()));
		return RepeatStatus.FINISHED;
	}

	private ProvinceOutcome outcome(String province) {
		if (!nodeServing.getAsBoolean()) {
			return ProvinceOutcome.waiting("another process runs under this node's name (see bridge.node.name)");
		}
		Optional<ProvincePauses.Pause> pause = pauses.find(province);
		if (pause.isPresent()) {
			return ProvinceOutcome.waiting(pause.get().describe());
		}
		String notReady = work.notReady(province);
		return notReady != null ? ProvinceOutcome.waiting(notReady) : work.run(province);
	}

	/** The counts a partition kept, in the order its work gave them. */
	@SuppressWarnings("unchecked")
	static Map<String, Integer> counts(ExecutionContext context) {
		Object counts = context.get(COUNTS);
		return counts instanceof Map<?, ?> map ? (Map<String, Integer>) map : Map.of();
	}

}
