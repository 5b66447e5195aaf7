package cn.beianbridge.purge.internal;

/** Job instances, job executions and step executions deleted (with their contexts and parameters). */
record PurgedBatchMetadata(int instances, int executions, int steps) {

	static final PurgedBatchMetadata NONE = new PurgedBatchMetadata(0, 0, 0);

	PurgedBatchMetadata plus(PurgedBatchMetadata other) {
		return new PurgedBatchMetadata(instances + other.instances, executions + other.executions,
				steps + other.steps);
	}

}
