package cn.beianbridge.bureau;

import cn.beianbridge.shared.LogMasking;

/**
 * One call to a bureau, as sent through {@link BureauGateway} or {@link BureauClient}. The credentials are
 * added by the client; a call carries only what the caller decides.
 */
public sealed interface BureauCall {

	/** The operation's name on the wire, e.g. {@code isp_upload}. */
	String operation();

	/**
	 * Whether making the call twice does no harm. Only an upload is not: a second copy of an accepted file
	 * would take the next dataSequence. An unanswered upload is reconciled, never repeated blindly.
	 */
	default boolean repeatable() {
		return true;
	}

	/** {@code isp_upload}: one data file under the province's next dataSequence. */
	record Upload(PackedPayload payload, long dataSequence) implements BureauCall {

		public Upload {
			if (payload == null) {
				throw new IllegalArgumentException("An upload needs its packed payload");
			}
			if (dataSequence < 1) {
				throw new IllegalArgumentException("dataSequence starts at 1, not " + dataSequence);
			}
		}

		@Override
		public String operation() {
			return "isp_upload";
		}

		@Override
		public boolean repeatable() {
			return false;
		}

		/** The payload runs to megabytes of Base64: logs get its size. */
		@Override
		public String toString() {
			return "Upload[dataSequence=%d, zipBytes=%d, encryptAlgorithm=%d]".formatted(dataSequence,
					payload.zipBytes(), payload.encryptAlgorithm());
		}

	}

	/** {@code isp_download}: the next file the bureau holds for us. */
	record Download() implements BureauCall {

		@Override
		public String operation() {
			return "isp_download";
		}

	}

	/** {@code isp_downloadack}: the file with this {@code return_FileName} is stored; do not send it again. */
	record DownloadAck(String fileName) implements BureauCall {

		public DownloadAck {
			if (fileName == null || fileName.isBlank()) {
				throw new IllegalArgumentException("A download acknowledgement needs the file name (return_FileName)");
			}
		}

		@Override
		public String operation() {
			return "isp_downloadack";
		}

	}

	/** {@code isp_querypreviousupload}: the last file the bureau accepted from us and its dataSequence. */
	record QueryPreviousUpload() implements BureauCall {

		@Override
		public String operation() {
			return "isp_querypreviousupload";
		}

	}

	/**
	 * {@code isp_querybeianstatus}: whether something is already filed.
	 *
	 * @param conditionType 0 domain, 1 business licence, 2 resident ID, … (queryConditionType)
	 */
	record QueryBeianStatus(int conditionType, String condition) implements BureauCall {

		public QueryBeianStatus {
			if (conditionType < 0) {
				throw new IllegalArgumentException("queryConditionType must not be negative, was " + conditionType);
			}
			if (condition == null || condition.isBlank()) {
				throw new IllegalArgumentException("queryCondition is empty");
			}
		}

		public QueryBeianStatus(StatusQueryType type, String condition) {
			this(type.code(), condition);
		}

		public static QueryBeianStatus byDomain(String domain) {
			return new QueryBeianStatus(StatusQueryType.DOMAIN, domain);
		}

		@Override
		public String operation() {
			return "isp_querybeianstatus";
		}

		@Override
		public String toString() {
			return "QueryBeianStatus[conditionType=%s, condition=%s]"
				.formatted(conditionType, conditionType == 0 ? condition : LogMasking.hidden(condition));
		}

	}

	/**
	 * {@code isp_verifybamm}: whether a filing password (备案密码) is right for an ICP number.
	 *
	 * @param baxh the ICP number (备案序号)
	 * @param bamm the filing password, a secret kept out of {@link #toString()}
	 */
	record VerifyBamm(String baxh, String bamm) implements BureauCall {

		public VerifyBamm {
			if (baxh == null || baxh.isBlank()) {
				throw new IllegalArgumentException("baxh (the ICP number) is empty");
			}
			if (bamm == null || bamm.isEmpty()) {
				throw new IllegalArgumentException("bamm (the filing password) is empty");
			}
		}

		@Override
		public String operation() {
			return "isp_verifybamm";
		}

		@Override
		public String toString() {
			return "VerifyBamm[baxh=" + baxh + ", bamm=***]";
		}

	}

}
