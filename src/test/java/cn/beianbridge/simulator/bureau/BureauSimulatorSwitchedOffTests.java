package cn.beianbridge.simulator.bureau;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.ws.server.EndpointMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code bridge.simulators.enabled=false}, as in production, no simulated bureau answers anything, and no
 * other simulated peer (console, SMS gateway, mailbox) is there either.
 */
@SpringBootTest
@ActiveProfiles("test")
class BureauSimulatorSwitchedOffTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noPartOfTheSimulatorIsRunning() {
		assertThat(context.getBeansOfType(BureauSimulator.class)).isEmpty();
		assertThat(context.getBeansOfType(SimulatedBureau.class)).isEmpty();
		assertThat(context.getBeansOfType(SimulatorAdminController.class)).isEmpty();
		assertThat(context.getBeansOfType(EndpointMapping.class).values())
			.noneMatch(SimulatorEndpointMapping.class::isInstance);
	}

	/** Not even its settings or its table mappers: they carry the switch too. */
	@Test
	void noBeanOfTheSimulatorModuleIsThere() {
		assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType))
			.filteredOn(type -> type != null && type.getPackageName().startsWith("cn.beianbridge.simulator"))
			.isEmpty();
	}

}
