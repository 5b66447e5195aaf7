package cn.beianbridge.province.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceGateway;
import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;

/**
 * Every enabled province needs its bureau's account and address: with the defaults of config/provinces.yml its calls
 * would go to the in-process simulator's path with empty credentials. Plain HTTP is allowed (some bureaus offer
 * nothing else) but said once.
 */
@Component
class ProvinceReadiness implements ProductionReadiness {

	@Override
	public void check(Environment environment, ReadinessFindings findings) {
		List<Province> provinces;
		try {
			ProvinceCatalogueSettings settings = Binder.get(environment)
				.bindOrCreate("bridge", ProvinceCatalogueSettings.class);
			provinces = ProvinceCatalogueReader.read(settings, ContractProvinceCodes.read(), environment);
		}
		catch (RuntimeException incomplete) {
			findings.refuse(incomplete.getMessage());
			return;
		}
		List<String> plainHttp = new ArrayList<>();
		provinces.stream().filter(Province::enabled).forEach(province -> {
			ProvinceGateway gateway = province.gateway();
			String variables = "BRIDGE_GW_" + province.code() + "_";
			List<String> missing = new ArrayList<>();
			if (gateway.ispId().isBlank()) {
				missing.add(variables + "ISP_ID");
			}
			if (gateway.userName().isBlank()) {
				missing.add(variables + "USER_NAME");
			}
			if (gateway.password().isBlank()) {
				missing.add(variables + "PASSWORD");
			}
			String where = "bridge.provinces." + province.code() + " (" + province.name() + ", enabled)";
			if (!missing.isEmpty()) {
				findings.refuse(where + ": no bureau account, set " + String.join(", ", missing));
			}
			if (ProductionReadiness.pointsAtSimulator(gateway.endpoint())) {
				findings.refuse(where + ": gateway.endpoint is the in-process simulator's path (" + gateway.endpoint()
						+ "), set " + variables + "ENDPOINT to the bureau's address");
			}
			else if (gateway.endpoint().toLowerCase(Locale.ROOT).startsWith("http:")) {
				plainHttp.add(province.code());
			}
		});
		if (!plainHttp.isEmpty()) {
			findings.warn("bureau-plain-http", "bureau endpoints over plain HTTP (no TLS) for provinces " + plainHttp
					+ ": allowed where a bureau offers nothing else; the payloads are encrypted only where the bureau "
					+ "issued an AES key");
		}
	}

}
