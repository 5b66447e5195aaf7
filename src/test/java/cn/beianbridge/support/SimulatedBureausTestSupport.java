package cn.beianbridge.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with its simulated bureaus, talked to over real SOAP. The port is chosen before start-up
 * because the bureau gateways' endpoints are built from {@code server.port}; calls are throttled lightly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.bureau.rate-per-second=50" })
@ActiveProfiles("test")
public abstract class SimulatedBureausTestSupport {

	@DynamicPropertySource
	static void fixedPort(DynamicPropertyRegistry registry) {
		int port = FreePort.next();
		registry.add("server.port", () -> port);
	}

}
