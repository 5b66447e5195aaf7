package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;

/**
 * The filing waits for a fix, for these reasons: a province rule at intake, a file that could not take it at
 * submission, or input that broke the contract (then {@code filingId} and {@code submissionDeadline} are null).
 */
public record FilingHeld(String eventId, Long filingId, String consoleFilingId, String province, Instant occurredAt,
		Instant submissionDeadline, List<Reason> reasons) implements FilingEvent {

	public FilingHeld {
		reasons = List.copyOf(reasons);
	}

	/** The reason of a filing held because its bureau said its filing password is wrong (isp_verifybamm). */
	public static final String FILING_PASSWORD_WRONG = "filing-password-wrong";

	public static Reason filingPasswordWrongReason() {
		return Reason.of(FILING_PASSWORD_WRONG, "$.filingPasswordMd5", "filing password wrong: the bureau says it is "
				+ "not the filing password of the entity's ICP number, so the filing was not sent. File again with the "
				+ "right password, or have the filing released once the password at the bureau is this one.");
	}

	/** Whether the filing waits for its customer's filing password. */
	public boolean filingPasswordWrong() {
		return reasons.stream().anyMatch(reason -> FILING_PASSWORD_WRONG.equals(reason.code()));
	}

	@Override
	public FilingEventType type() {
		return FilingEventType.HELD;
	}

}
