package cn.beianbridge.collection.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.StatementCounter;

/** {@link PageIntakeEquivalence} on MariaDB, through Connector/J. */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementCounter.Configuration.class)
class PageIntakeIntegrationTests extends PageIntakeEquivalence {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_page_intake", registry);
	}

}
