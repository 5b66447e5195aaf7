package cn.beianbridge.simulator.bureau;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/** The same reviews of changes and cancellations with the simulator's register on MariaDB. */
class BureauSimulatorChangeReviewIntegrationTests extends BureauSimulatorChangeReviewTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_simreview", registry);
	}

}
