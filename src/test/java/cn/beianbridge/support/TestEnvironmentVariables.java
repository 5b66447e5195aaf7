package cn.beianbridge.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The suite's stand-in for the environment variables production must set, so the {@code mysql} profile starts in
 * tests (here and in separate JVMs, whose classpath holds this too) without the machine setting them. Lowest
 * precedence: a variable the machine does set wins.
 */
public class TestEnvironmentVariables implements EnvironmentPostProcessor {

	/** A provider id of the schema's type (Qqdwid, a positive integer). */
	public static final String PROVIDER_ID = "330000000002";

	/** A master key for personal data at rest (Base64 of 32 bytes), as production must give one. */
	public static final String MASTER_KEY = "dGVzdC1vbmx5LW1hc3Rlci1rZXktMzItYnl0ZXMtISE=";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("testEnvironmentVariables",
					Map.of("BRIDGE_SUBMISSION_PROVIDER_ID", PROVIDER_ID, "BRIDGE_CRYPTO_MASTER_KEY", MASTER_KEY)));
	}

}
