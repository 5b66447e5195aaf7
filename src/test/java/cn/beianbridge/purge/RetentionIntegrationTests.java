package cn.beianbridge.purge;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/** The retention of personal data on MariaDB: UPDATE with CASE and a correlated NOT EXISTS, IN lists, FOR UPDATE. */
@Import(PurgeScenarios.Clocks.class)
class RetentionIntegrationTests extends RetentionScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_retention", registry);
	}

}
