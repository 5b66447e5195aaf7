package cn.beianbridge.submission.internal;

import cn.beianbridge.bureau.BureauReply;

/**
 * What the bureau's reply to {@code isp_verifybamm} means for the filing: it may go into a file, it is held (the
 * password is wrong), or it waits for the next run (too many checks of the password, 22; any error; no answer).
 *
 * @param detail the bureau's words or what happened on the way, for the filing's history and the logs
 */
record FilingPasswordAnswer(Verdict verdict, String detail) {

	/** msg_code: the password was checked too often in the bureau's window. */
	static final int TOO_MANY_CHECKS = 22;

	enum Verdict {
		CORRECT, WRONG, WAIT
	}

	static FilingPasswordAnswer of(BureauReply reply) {
		if (reply instanceof BureauReply.Answered answered) {
			if (answered.msgCode() == 0) {
				return verified(answered);
			}
			return waits(answered.msgCode() == TOO_MANY_CHECKS
					? "msg_code 22: too many checks of this filing password for now"
					: "msg_code " + answered.msgCode() + " " + answered.bureauReturn().msg());
		}
		if (reply instanceof BureauReply.GatewayUnavailable unavailable) {
			return waits("the gateway of province " + unavailable.province() + " is open-circuited");
		}
		if (reply instanceof BureauReply.NotSent notSent) {
			return waits("not sent: " + notSent.reason());
		}
		if (reply instanceof BureauReply.NoAnswer noAnswer) {
			return waits("no answer: " + noAnswer.reason());
		}
		return waits("no answer: " + ((BureauReply.OutcomeUnknown) reply).reason());
	}

	private static FilingPasswordAnswer verified(BureauReply.Answered answered) {
		Boolean correct = answered.filingPasswordCorrect();
		if (correct == null) {
			return waits("the bureau answered msg_code 0 without VerifyRes");
		}
		return new FilingPasswordAnswer(correct ? Verdict.CORRECT : Verdict.WRONG, answered.bureauReturn().msg());
	}

	private static FilingPasswordAnswer waits(String why) {
		return new FilingPasswordAnswer(Verdict.WAIT, why);
	}

}
