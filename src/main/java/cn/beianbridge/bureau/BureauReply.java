package cn.beianbridge.bureau;

/**
 * What came of a {@link BureauCall}. The rule that maps transport trouble to these lives in one place (the
 * client's classification); callers switch over the variants:
 * <ul>
 * <li>{@link Answered}: the bureau replied; its msg_code's class says what to do next;</li>
 * <li>{@link NotSent}: the request provably never left (connection refused, unknown host, connect timeout):
 * send it again later;</li>
 * <li>{@link NoAnswer}: a repeatable call got no usable reply: make it again later;</li>
 * <li>{@link OutcomeUnknown}: an upload may or may not have arrived: reconcile with
 * {@code isp_querypreviousupload} before anything else; never treat it as failed;</li>
 * <li>{@link GatewayUnavailable}: the province's circuit is open: nothing was sent.</li>
 * </ul>
 */
public sealed interface BureauReply {

	/** Whether the same call may simply be made again later. False for an unknown outcome: reconcile first. */
	boolean retryLater();

	/**
	 * @param beianStatus what {@code isp_querybeianstatus} answered about its condition; null for any other call and
	 * when the bureau could not answer it
	 * @param filingPasswordCorrect what {@code isp_verifybamm} answered ({@code VerifyRes}); null for any other call
	 * and when the bureau could not answer it
	 */
	record Answered(BureauReturn bureauReturn, MsgCodeClass msgCodeClass, BeianStatusReply.StatusInfo beianStatus,
			Boolean filingPasswordCorrect) implements BureauReply {

		public Answered(BureauReturn bureauReturn, MsgCodeClass msgCodeClass) {
			this(bureauReturn, msgCodeClass, null, null);
		}

		public Answered(BureauReturn bureauReturn, MsgCodeClass msgCodeClass, BeianStatusReply.StatusInfo beianStatus) {
			this(bureauReturn, msgCodeClass, beianStatus, null);
		}

		/** The answer to {@code isp_verifybamm}. */
		public static Answered of(BureauReturn bureauReturn, VerifyBammReply verified) {
			return new Answered(bureauReturn, bureauReturn.msgCodeClass(), null, verified.passwordCorrect());
		}

		public static Answered of(BureauReturn bureauReturn) {
			return new Answered(bureauReturn, bureauReturn.msgCodeClass());
		}

		public static Answered of(BureauReturn bureauReturn, BeianStatusReply.StatusInfo beianStatus) {
			return new Answered(bureauReturn, bureauReturn.msgCodeClass(), beianStatus);
		}

		public int msgCode() {
			return bureauReturn.msgCode();
		}

		@Override
		public boolean retryLater() {
			return msgCodeClass == MsgCodeClass.RETRY_LATER;
		}

	}

	record NotSent(String reason) implements BureauReply {

		@Override
		public boolean retryLater() {
			return true;
		}

	}

	record NoAnswer(String reason) implements BureauReply {

		@Override
		public boolean retryLater() {
			return true;
		}

	}

	record OutcomeUnknown(String reason) implements BureauReply {

		@Override
		public boolean retryLater() {
			return false;
		}

	}

	/** The province's circuit breaker is open after repeated unanswered calls; it lets a trial call through later. */
	record GatewayUnavailable(String province) implements BureauReply {

		@Override
		public boolean retryLater() {
			return true;
		}

	}

}
