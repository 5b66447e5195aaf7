package cn.beianbridge;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start unless exactly one of {@code demo} and {@code mysql} is active: without a profile the application
 * once ran the simulators and accepted the demo token, so a production node that forgot its profile looked healthy.
 * Registered by {@link BeianBridgeApplication#main} (java -jar, spring-boot:run); tests choose their profile
 * themselves.
 */
class ChosenProfile implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final String DEMO = "demo";

	static final String PRODUCTION = "mysql";

	private static final String ACTION = "Start with --spring.profiles.active=demo (embedded H2 and simulated console "
			+ "and bureaus; ./mvnw spring-boot:run does this) or --spring.profiles.active=mysql (production: a real "
			+ "MySQL/MariaDB and the real peers), or set SPRING_PROFILES_ACTIVE.";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(Arrays.asList(event.getEnvironment().getActiveProfiles()));
	}

	static void check(List<String> activeProfiles) {
		boolean demo = activeProfiles.contains(DEMO);
		boolean production = activeProfiles.contains(PRODUCTION);
		if (demo && production) {
			throw new StartupRefused("Profiles demo and mysql are both active " + activeProfiles
					+ ": the demo's simulators and tokens must never run against the production database. Choose one.",
					ACTION);
		}
		if (!demo && !production) {
			throw new StartupRefused("No profile chosen (active: " + activeProfiles + "): choose demo or mysql.", ACTION);
		}
	}

}
