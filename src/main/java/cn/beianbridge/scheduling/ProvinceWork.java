package cn.beianbridge.scheduling;

/**
 * One province's share of a province job (submit, download): the module's own work, run by the job's partition for
 * that province (see {@link ProvinceJobs}). It reports what it did, or why it did nothing, as a
 * {@link ProvinceOutcome}; an exception fails the province's partition only.
 */
public interface ProvinceWork {

	ProvinceOutcome run(String province);

	/**
	 * Why the province cannot be worked on yet (a dependency that has not started, e.g. its gateway route), or null:
	 * the province is then skipped this firing, and comes again on the next.
	 */
	default String notReady(String province) {
		return null;
	}

}
