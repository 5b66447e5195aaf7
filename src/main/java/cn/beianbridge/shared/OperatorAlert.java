package cn.beianbridge.shared;

import java.util.Map;
import java.util.Objects;

/**
 * Something an operator must act on, published as an application event by the module that noticed it.
 * Listeners run in the publisher's transaction, so an alert is planned exactly when the change that
 * caused it commits. The same {@code kind} and {@code key} alert once, however often they are raised.
 *
 * @param kind what happened
 * @param key what it happened to (a filing, a file, a year): the unit of "once"
 * @param variables the facts the operator's message names, e.g. {@code consoleFilingId}, {@code provinceName}
 */
public record OperatorAlert(Kind kind, String key, Map<String, String> variables) {

	public OperatorAlert {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(key, "key");
		variables = Map.copyOf(variables);
	}

	public enum Kind {

		/** A filing was not submitted within its one business day. */
		SLA_MISSED,

		/** The bureau has not decided within the province's review limit. */
		REVIEW_OVERDUE,

		/** A province's uploads stopped until an operator lifts the block. */
		PROVINCE_BLOCKED,

		/** The console did not take an event after every retry; later events of the filing wait behind it. */
		EVENT_DEAD,

		/** A bureau result names no filing of ours; it is kept in quarantine. */
		RESULT_QUARANTINED,

		/** No official calendar for a year whose days are counted (or soon will be). */
		CALENDAR_YEAR_MISSING,

		/** The bureau approved a filing but its ICP numbers did not follow in time: the bureau was asked for them. */
		APPROVAL_NUMBERS_LATE,

		/** A filing's record would break the bureau's upload schema; it is held, the file went without it. */
		UPLOAD_SCHEMA_VIOLATION,

		/** A province job (submit, download) has kept failing for a province longer than it should. */
		PROVINCE_FAILING,

		/** The bureau does not show a domain filed that we show as filed, or shows it under another number. */
		DOMAIN_DRIFT,

		/** The bureau cancelled an entity, website or access of ours (ZXSJ): its domains must be cut off. */
		BUREAU_CANCELLATION,

		/** A bureau cancellation names an id we do not know; it is kept in quarantine. */
		BUREAU_CANCELLATION_UNKNOWN,

		/**
		 * A CHANGE or CANCEL names something we do not host, or whose bureau id never came (no BASJ): held, not sent.
		 */
		CHANGE_TARGET_UNKNOWN,

		/** The bureau approved a customer's cancellation (ZXBA) of an entity, website or access: cut off its domains. */
		CUSTOMER_CANCELLATION

	}

}
