package cn.beianbridge.province.internal;

import java.util.List;

import cn.beianbridge.province.FilingPasswordCheck;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.GatewaySettings;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.ProvinceSettings;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.SmsSettings;

/**
 * What is missing or out of range in one {@code bridge.provinces.<code>} entry, its gateway taken as merged with
 * {@code bridge.gateway}.
 */
final class ProvinceSettingsCheck {

	private ProvinceSettingsCheck() {
	}

	static void check(ProvinceSettings entry, GatewaySettings gateway, String where, List<String> problems) {
		if (entry == null) {
			problems.add(where + ": the entry is empty");
			return;
		}
		String at = entry.name() == null || entry.name().isBlank() ? where : where + " (" + entry.name().strip() + ")";
		text(entry.name(), at, "name", problems);
		text(entry.nameZh(), at, "name-zh", problems);
		if (entry.abbreviations() == null || entry.abbreviations().isEmpty()
				|| entry.abbreviations().stream().anyMatch(abbreviation -> abbreviation == null || abbreviation.isBlank())) {
			problems.add(at + ": abbreviations needs at least one abbreviation, none blank");
		}
		present(entry.enabled(), at, "enabled", problems);
		positive(entry.reviewLimitBusinessDays(), at, "review-limit-business-days", problems);
		SmsSettings sms = entry.smsVerification();
		if (sms == null) {
			problems.add(at + ": sms-verification is missing");
		}
		else {
			present(sms.required(), at, "sms-verification.required", problems);
			positive(sms.hours(), at, "sms-verification.hours", problems);
		}
		text(entry.photoVerification(), at, "photo-verification", problems);
		text(gateway.endpoint(), at, "gateway.endpoint", problems);
		text(gateway.namespace(), at, "gateway.namespace", problems);
		Double rate = gateway.ratePerSecond();
		if (rate == null) {
			problems.add(at + ": gateway.rate-per-second is missing");
		}
		else if (!(rate > 0)) {
			problems.add(at + ": gateway.rate-per-second must be greater than 0, is " + rate);
		}
		String passwordCheck = gateway.filingPasswordCheck();
		if (passwordCheck != null && FilingPasswordCheck.parse(passwordCheck).isEmpty()) {
			problems.add(at + ": gateway.filing-password-check must be MD5, PLAIN or OFF, is '" + passwordCheck + "'");
		}
	}

	private static void text(String value, String at, String property, List<String> problems) {
		if (value == null || value.isBlank()) {
			problems.add(at + ": " + property + " is missing");
		}
	}

	private static void present(Object value, String at, String property, List<String> problems) {
		if (value == null) {
			problems.add(at + ": " + property + " is missing");
		}
	}

	private static void positive(Integer value, String at, String property, List<String> problems) {
		if (value == null) {
			problems.add(at + ": " + property + " is missing");
		}
		else if (value <= 0) {
			problems.add(at + ": " + property + " must be greater than 0, is " + value);
		}
	}

}
