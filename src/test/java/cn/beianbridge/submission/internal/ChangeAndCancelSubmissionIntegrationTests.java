package cn.beianbridge.submission.internal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/**
 * The same on MariaDB (V31 as production runs it): a CHANGE and a website's CANCEL of an approved filing reach the
 * simulated bureau in a BGBA and a ZXBA file valid against upload-data.xsd, read back from what it received.
 */
class ChangeAndCancelSubmissionIntegrationTests extends ChangeAndCancelSubmissionTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_submit_change", registry);
	}

}
