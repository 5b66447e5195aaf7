package cn.beianbridge.purge;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/** The retention of personal data on MariaDB: UPDATE with CASE and a correlated NOT EXISTS, IN lists, FOR UPDATE. */
@ActiveProfiles("mysql")
@Import(PurgeScenarios.Clocks.class)
class RetentionIntegrationTests extends RetentionScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_retention", registry);
		// the mysql profile does not start without a master key for personal data at rest
		registry.add("bridge.crypto.master-key", () -> "cmV0ZW50aW9uLXRlc3QtbWFzdGVyLWtleS0zMi1iISE=");
	}

}
