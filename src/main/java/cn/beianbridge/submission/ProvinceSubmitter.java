package cn.beianbridge.submission;

/**
 * One province's share of a submit run: under the province's lease, settle files whose outcome is unknown,
 * then pack the waiting filings (earliest deadline first) into files and upload them.
 */
public interface ProvinceSubmitter {

	ProvinceSubmission submit(String province);

	/**
	 * What one province's run did.
	 *
	 * @param skipped why nothing was attempted (another run holds the lease, province blocked), or null
	 */
	record ProvinceSubmission(String province, int filesAccepted, int filingsSubmitted, int filesWaiting,
			String skipped) {

		private static final String BUSY = "lease held by ";

		public static ProvinceSubmission skipped(String province, String why) {
			return new ProvinceSubmission(province, 0, 0, 0, why);
		}

		/** Another live run holds the province's lease: nothing is wrong, the province is that run's. */
		public static ProvinceSubmission busy(String province, String holder) {
			return skipped(province, BUSY + holder);
		}

		public boolean busy() {
			return skipped != null && skipped.startsWith(BUSY);
		}

	}

}
