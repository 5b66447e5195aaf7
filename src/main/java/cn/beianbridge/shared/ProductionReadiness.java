package cn.beianbridge.shared;

import java.net.URI;

import org.springframework.core.env.Environment;

/**
 * A module's part of the production start-up check: in the {@code mysql} profile every contribution is asked before
 * any other bean is made (no database touched, no route or job started), and start-up is refused with one message
 * listing every finding of every module, so an operator fixes the deployment in one round.
 * <p>
 * Contribute with a {@code @Component} in the module's {@code internal} package. It is created that early, so it takes
 * no constructor arguments and reads the settings it checks from the {@link Environment} it is given (bind them with
 * {@code Binder.get(environment)} if a settings record checks itself, and report what its constructor throws).
 */
public interface ProductionReadiness {

	/** Adds to {@code findings} each setting of this module that production needs and lacks or has unsafe. */
	void check(Environment environment, ReadinessFindings findings);

	/** Whether an address is the demo's in-process simulators' (they answer under {@code /simulator/}). */
	static boolean pointsAtSimulator(String url) {
		try {
			String path = URI.create(url.strip()).getPath();
			return path != null && (path.equals("/simulator") || path.startsWith("/simulator/"));
		}
		catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

}
