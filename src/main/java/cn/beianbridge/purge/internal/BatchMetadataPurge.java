package cn.beianbridge.purge.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes Spring Batch's records of job instances whose executions all finished long ago: the submit and download
 * jobs start an instance every minute, each with a manager step and one step per province, so the repository grows
 * by some 200,000 rows a day. Running executions are never touched, whatever their age; a failed one only once it
 * is older than the age (until then it can be restarted).
 */
@Component
class BatchMetadataPurge {

	private final BatchMetadataMapper mapper;

	BatchMetadataPurge(BatchMetadataMapper mapper) {
		this.mapper = mapper;
	}

	/** One transaction: at most {@code limit} job instances with everything that hangs off them. */
	@Transactional
	public PurgedBatchMetadata purgeChunk(LocalDateTime finishedBefore, int limit) {
		List<Long> instances = mapper.findFinishedInstances(finishedBefore, limit);
		if (instances.isEmpty()) {
			return PurgedBatchMetadata.NONE;
		}
		List<Long> executions = mapper.findExecutions(instances);
		mapper.deleteStepExecutionContexts(executions);
		int steps = mapper.deleteStepExecutions(executions);
		mapper.deleteJobExecutionContexts(executions);
		mapper.deleteJobExecutionParams(executions);
		int deletedExecutions = mapper.deleteJobExecutions(executions);
		int deletedInstances = mapper.deleteJobInstances(instances);
		return new PurgedBatchMetadata(deletedInstances, deletedExecutions, steps);
	}

}
