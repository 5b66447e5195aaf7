package cn.beianbridge.province.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.PropertyResolver;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.FilingPasswordCheck;
import cn.beianbridge.province.ProvinceGateway;
import cn.beianbridge.province.SmsVerification;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.GatewaySettings;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.ProvinceSettings;
import cn.beianbridge.province.internal.ProvinceCatalogueSettings.RuleSettings;

/**
 * Turns the settings into provinces, or refuses with every problem at once, each naming the province and the
 * property: a half-configured bureau must stop start-up, not the first filing for it.
 */
public final class ProvinceCatalogueReader {

	private ProvinceCatalogueReader() {
	}

	/**
	 * @param expectedCodes every province code a filing may carry (the filing contract's list)
	 * @param environment where the {@code BRIDGE_GW_<code>_*} variables are looked up
	 */
	public static List<Province> read(ProvinceCatalogueSettings settings, Set<String> expectedCodes,
			PropertyResolver environment) {
		List<String> problems = new ArrayList<>();
		Set<String> missing = new TreeSet<>(expectedCodes);
		missing.removeAll(settings.provinces().keySet());
		if (!missing.isEmpty()) {
			problems.add("bridge.provinces: no entry for " + missing
					+ (missing.size() == expectedCodes.size() ? " (is config/provinces.yml in the working directory?)" : ""));
		}
		RuleSettingsCheck.check(settings.rules(), "bridge.rules", problems);
		List<Province> provinces = new ArrayList<>();
		new TreeSet<>(settings.provinces().keySet()).forEach(code -> {
			ProvinceSettings entry = settings.provinces().get(code);
			String where = "bridge.provinces." + code;
			if (!expectedCodes.contains(code)) {
				problems.add(where + ": " + code + " is not a province code of the filing contract");
			}
			int before = problems.size();
			GatewaySettings gateway = MergedGateway.of(code, settings.gateway(), entry == null ? null : entry.gateway(),
					environment);
			ProvinceSettingsCheck.check(entry, gateway, where, problems);
			RuleSettingsCheck.check(entry == null ? null : entry.rules(), where + ".rules", problems);
			if (problems.size() == before) {
				provinces.add(toProvince(code, entry, gateway, settings.rules()));
			}
		});
		sharedAbbreviations(settings.provinces(), problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The province catalogue (config/provinces.yml) is incomplete:\n - "
					+ String.join("\n - ", problems));
		}
		return provinces;
	}

	private static Province toProvince(String code, ProvinceSettings entry, GatewaySettings gateway,
			RuleSettings everyProvince) {
		return new Province(code, entry.name().strip(), entry.nameZh().strip(),
				entry.abbreviations().stream().map(String::strip).toList(), entry.enabled(),
				entry.reviewLimitBusinessDays(),
				new SmsVerification(entry.smsVerification().required(), entry.smsVerification().hours()),
				entry.photoVerification().strip(), MergedRules.of(everyProvince, entry.rules()),
				new ProvinceGateway(gateway.endpoint().strip(), gateway.namespace().strip(), gateway.ispId(),
						gateway.userName(), gateway.password(), gateway.aesKey(), gateway.aesIv()),
				gateway.ratePerSecond(), gateway.filingPasswordCheck() == null ? FilingPasswordCheck.DEFAULT
						: FilingPasswordCheck.parse(gateway.filingPasswordCheck()).orElseThrow());
	}

	/** An ICP number's abbreviation must lead to one province only. */
	private static void sharedAbbreviations(Map<String, ProvinceSettings> entries, List<String> problems) {
		Map<String, String> owner = new HashMap<>();
		new TreeSet<>(entries.keySet()).forEach(code -> {
			ProvinceSettings entry = entries.get(code);
			if (entry == null || entry.abbreviations() == null) {
				return;
			}
			entry.abbreviations().stream().filter(abbreviation -> abbreviation != null && !abbreviation.isBlank())
				.map(String::strip).forEach(abbreviation -> {
					String other = owner.putIfAbsent(abbreviation, code);
					if (other != null && !other.equals(code)) {
						problems.add("bridge.provinces." + code + ".abbreviations: " + abbreviation
								+ " is already the abbreviation of province " + other);
					}
				});
		});
	}

}
