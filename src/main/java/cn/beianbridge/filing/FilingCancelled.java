package cn.beianbridge.filing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The filing was cancelled, or something of it (the contract's {@code CANCELLED}): by an operator before it went to
 * the bureau (scope FILING, the operator's reason stays in the history), or by the bureau (ZXSJ: the entity, a website
 * or our access, with the ICP numbers it took back).
 *
 * @param retiredIcpNumbers every ICP number the cancellation retired (the entity's and its websites'), empty when none
 * @param websites the filing's websites it touched, each with the number it retired (null when none)
 * @param remark the bureau's remark ({@code Bz}), or null
 * @param reasons why a request still open was closed (the bureau would refuse it), empty otherwise
 */
public record FilingCancelled(String eventId, Long filingId, String consoleFilingId, String province,
		Instant occurredAt, CancelledBy cancelledBy, CancellationScope scope, List<String> retiredIcpNumbers,
		List<FilingApproved.Website> websites, String remark, List<Reason> reasons) implements FilingEvent {

	public FilingCancelled {
		Objects.requireNonNull(cancelledBy, "cancelledBy");
		Objects.requireNonNull(scope, "scope");
		retiredIcpNumbers = List.copyOf(retiredIcpNumbers);
		websites = List.copyOf(websites);
		reasons = List.copyOf(reasons);
	}

	/** An operator's cancellation before submission: the meaning CANCELLED had before the bureau's own. */
	public static FilingCancelled byOperator(String eventId, Long filingId, String consoleFilingId, String province,
			Instant occurredAt) {
		return new FilingCancelled(eventId, filingId, consoleFilingId, province, occurredAt, CancelledBy.OPERATOR,
				CancellationScope.FILING, List.of(), List.of(), null, List.of());
	}

	@Override
	public FilingEventType type() {
		return FilingEventType.CANCELLED;
	}

}
