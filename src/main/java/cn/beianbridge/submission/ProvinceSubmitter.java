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
	 * @param skipped why nothing was attempted (another node holds the lease, circuit open, province blocked),
	 * or null
	 */
	record ProvinceSubmission(String province, int filesAccepted, int filingsSubmitted, int filesWaiting,
			String skipped) {

		public static ProvinceSubmission skipped(String province, String why) {
			return new ProvinceSubmission(province, 0, 0, 0, why);
		}

	}

}
