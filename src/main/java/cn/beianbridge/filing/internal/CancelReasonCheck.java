package cn.beianbridge.filing.internal;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import cn.beianbridge.filing.CancelReasons;

/** A CANCEL's reason must be one the bureau's cancel-reason table lists as valid: the bureau refuses others (1026). */
final class CancelReasonCheck implements SemanticCheck {

	private final CancelReasons reasons;

	CancelReasonCheck(CancelReasons reasons) {
		this.reasons = reasons;
	}

	@Override
	public void check(JsonNode filing, Violations violations) {
		JsonNode code = filing.path("cancellation").path("reasonCode");
		// not an integer in 1-999: the schema says so
		if (!code.canConvertToInt() || !code.isIntegralNumber() || code.intValue() < 1 || code.intValue() > 999) {
			return;
		}
		int id = code.intValue();
		var field = Violations.ROOT.append("cancellation").append("reasonCode");
		reasons.find(id).ifPresentOrElse(reason -> {
			if (!reason.valid()) {
				violations.add(field, "Reason " + id + " (" + reason.text() + ") is no longer valid in the bureau's "
						+ "cancel-reason table. Expected " + expected());
			}
		}, () -> violations.add(field, "Reason " + id + " is not in the bureau's cancel-reason table. Expected "
				+ expected()));
	}

	private String expected() {
		List<Integer> valid = reasons.validIds();
		if (valid.isEmpty()) {
			return "a reason of the table, but none is configured (config/cancel-reasons.yml).";
		}
		return "one of: " + valid.stream().map(id -> id + " " + reasons.find(id).orElseThrow().text())
			.collect(Collectors.joining(", ")) + ".";
	}

}
