package cn.beianbridge.purge;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/** The purge on MariaDB: UPDATE and DELETE with IN lists, LIMIT and FOR UPDATE, the Batch tables' foreign keys. */
@Import(PurgeScenarios.Clocks.class)
class PurgeIntegrationTests extends PurgeScenarios {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_purge", registry);
	}

}
