package cn.beianbridge.download;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/**
 * {@link ChangeAndCancelResultsTests} on MariaDB with the migrations as production runs them (V33; the change's bureau
 * ids copied by updates that read the table they write).
 */
class ChangeAndCancelResultsIntegrationTests extends ChangeAndCancelResultsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_changeresults", registry);
	}

}
