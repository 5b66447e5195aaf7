package cn.beianbridge;

import org.springframework.core.env.Environment;

import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;

/** What production needs of the settings no module owns: the simulators' switch, the ports, the database login. */
class PlatformReadiness implements ProductionReadiness {

	@Override
	public void check(Environment environment, ReadinessFindings findings) {
		if (environment.getProperty("bridge.simulators.enabled", Boolean.class, false)) {
			findings.refuse("bridge.simulators.enabled (BRIDGE_SIMULATORS_ENABLED) is true: the simulated bureaus would "
					+ "approve real filings; the simulators belong to the demo profile only");
		}
		String apiPort = environment.getProperty("server.port", "8080");
		String managementPort = environment.getProperty("management.server.port", "");
		// 0 is a free port for each (tests), never the same one
		if (managementPort.isBlank() || (managementPort.equals(apiPort) && !apiPort.equals("0"))) {
			findings.refuse("management.server.port (MANAGEMENT_SERVER_PORT) is " + (managementPort.isBlank() ? "unset"
					: "the API's port " + apiPort) + ": the actuator needs a port of its own, off the API");
		}
		if (environment.getProperty("bridge.management.token", "").isBlank()) {
			findings.warn("management-token", "bridge.management.token (BRIDGE_MANAGEMENT_TOKEN) is blank: health shows "
					+ "its status only and Prometheus answers 401 to everyone");
		}
		if (environment.getProperty("spring.datasource.password", "").isEmpty()) {
			findings.warn("datasource-password", "spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is blank: "
					+ "allowed (e.g. socket or IAM authentication), but check the database refuses other logins");
		}
	}

}
