package cn.beianbridge.notification;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.beianbridge.shared.OperatorAlert;

/**
 * What a notification is about, who it is for, and the variables its template may use. The template is
 * {@code config/notifications/<file>.yml}; a template that names any other variable stops the start-up.
 */
public enum NotificationKind {

	FILING_SUBMITTED("filing-submitted", Audience.CUSTOMER, "submittedAt", "smsHours", "smsDeadline"),

	FILING_APPROVED("filing-approved", Audience.CUSTOMER, "approvedAt", "entityIcpNumber", "websiteIcpNumbers"),

	FILING_REJECTED("filing-rejected", Audience.CUSTOMER, "rejectedAt", "reasons", "reviewer", "reviewedOn"),

	FILING_REFUSED("filing-refused", Audience.CUSTOMER, "refusedAt", "reasons"),

	FILING_PASSWORD_WRONG("filing-password-wrong", Audience.CUSTOMER, "heldAt"),

	FILING_CANCELLED_BY_BUREAU("filing-cancelled-by-bureau", Audience.CUSTOMER, "cancelledAt", "cancelledWhat",
			"retiredIcpNumbers", "cancelledWebsites", "remark"),

	FILING_CANCELLED_ON_REQUEST("filing-cancelled-on-request", Audience.CUSTOMER, "cancelledAt", "cancelledWhat",
			"retiredIcpNumbers", "cancelledWebsites", "remark"),

	SLA_MISSED("alert-sla-missed", Audience.OPERATOR, "consoleFilingId", "submissionDeadline"),

	REVIEW_OVERDUE("alert-review-overdue", Audience.OPERATOR, "consoleFilingId", "submittedAt", "flaggedAt",
			"bureauAnswer"),

	PROVINCE_BLOCKED("alert-province-blocked", Audience.OPERATOR, "fileName", "msgCode", "reason"),

	EVENT_DEAD("alert-event-dead", Audience.OPERATOR, "consoleFilingId", "eventId", "eventType", "attempts",
			"lastError"),

	RESULT_QUARANTINED("alert-result-quarantined", Audience.OPERATOR, "fileName", "identifier", "code", "reason"),

	CALENDAR_YEAR_MISSING("alert-calendar-year-missing", Audience.OPERATOR, "year", "file"),

	APPROVAL_NUMBERS_LATE("alert-approval-numbers-late", Audience.OPERATOR, "consoleFilingId", "fileName", "approvedAt",
			"numbersWait", "answer"),

	UPLOAD_SCHEMA_VIOLATION("alert-upload-schema-violation", Audience.OPERATOR, "consoleFilingId", "reason"),

	PROVINCE_FAILING("alert-province-failing", Audience.OPERATOR, "job", "cause", "failures", "since"),

	DOMAIN_DRIFT("alert-domain-drift", Audience.OPERATOR, "domain", "consoleFilingId", "ourIcpNumber", "bureauAnswer",
			"checkedAt"),

	BUREAU_CANCELLATION("alert-bureau-cancellation", Audience.OPERATOR, "fileName", "cancelledWhat", "bureauId",
			"remark", "filings", "retiredIcpNumbers", "domains", "closed", "left"),

	BUREAU_CANCELLATION_UNKNOWN("alert-bureau-cancellation-unknown", Audience.OPERATOR, "fileName", "cancelledWhat",
			"bureauId", "remark", "reason"),

	CHANGE_TARGET_UNKNOWN("alert-change-target-unknown", Audience.OPERATOR, "consoleFilingId", "filingType", "reason"),

	CUSTOMER_CANCELLATION("alert-customer-cancellation", Audience.OPERATOR, "fileName", "consoleFilingId",
			"cancelledWhat", "filings", "retiredIcpNumbers", "domains", "closed");

	/** Every customer template may also use these. */
	public static final List<String> CUSTOMER_VARIABLES = List.of("consoleFilingId", "provinceName", "entityName",
			"websiteNames", "domains", "recipientName");

	/** Every operator template may also use these ({@code provinceName} is blank when no province is concerned). */
	public static final List<String> OPERATOR_VARIABLES = List.of("provinceName", "raisedAt");

	private final String file;

	private final Audience audience;

	private final List<String> ownVariables;

	NotificationKind(String file, Audience audience, String... ownVariables) {
		this.file = file;
		this.audience = audience;
		this.ownVariables = List.of(ownVariables);
	}

	/** The template's file name without {@code .yml}. */
	public String file() {
		return file;
	}

	public Audience audience() {
		return audience;
	}

	public Set<String> variables() {
		Set<String> all = new LinkedHashSet<>(audience == Audience.CUSTOMER ? CUSTOMER_VARIABLES : OPERATOR_VARIABLES);
		all.addAll(ownVariables);
		return all;
	}

	public static NotificationKind of(OperatorAlert.Kind alert) {
		return Arrays.stream(values()).filter(k -> k.name().equals(alert.name())).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No notification for operator alert " + alert));
	}

	public enum Audience {

		CUSTOMER, OPERATOR

	}

}
