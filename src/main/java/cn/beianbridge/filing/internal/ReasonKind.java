package cn.beianbridge.filing.internal;

/**
 * Why a transition's reasons were given (filing_reason.kind): a hold, the reviewers' rejection, the bureau's refusal,
 * the bureau's cancellation.
 */
public enum ReasonKind {

	HOLD, REJECT, REFUSE, CANCEL

}
