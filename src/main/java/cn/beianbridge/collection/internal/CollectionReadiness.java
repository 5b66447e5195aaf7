package cn.beianbridge.collection.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;

/** Production needs a real intake token, and a console token with a console to pull from. */
@Component
class CollectionReadiness implements ProductionReadiness {

	/** The demo's tokens (application-demo.yml): known to anyone who read the README. */
	private static final String DEMO_INTAKE_TOKEN = "demo-intake-token";

	private static final String DEMO_CONSOLE_TOKEN = "demo-console-token";

	@Override
	public void check(Environment environment, ReadinessFindings findings) {
		String intakeToken = environment.getProperty("bridge.intake.token", "").strip();
		if (intakeToken.isEmpty()) {
			findings.refuse("bridge.intake.token (BRIDGE_INTAKE_TOKEN) is blank: consoles cannot push filings");
		}
		else if (intakeToken.equals(DEMO_INTAKE_TOKEN)) {
			findings.refuse("bridge.intake.token (BRIDGE_INTAKE_TOKEN) is the demo's token, which anyone can present");
		}
		String consoleUrl = environment.getProperty("bridge.console.base-url", "").strip();
		if (consoleUrl.isEmpty()) {
			return;
		}
		if (ProductionReadiness.pointsAtSimulator(consoleUrl)) {
			findings.refuse("bridge.console.base-url (BRIDGE_CONSOLE_BASE_URL) is the simulated console's address ("
					+ consoleUrl + ")");
		}
		String consoleToken = environment.getProperty("bridge.console.token", "").strip();
		if (consoleToken.isEmpty()) {
			findings.refuse("bridge.console.token (BRIDGE_CONSOLE_TOKEN) is blank although bridge.console.base-url is "
					+ "set: the console would refuse every pull");
		}
		else if (consoleToken.equals(DEMO_CONSOLE_TOKEN)) {
			findings.refuse("bridge.console.token (BRIDGE_CONSOLE_TOKEN) is the demo's token");
		}
	}

}
