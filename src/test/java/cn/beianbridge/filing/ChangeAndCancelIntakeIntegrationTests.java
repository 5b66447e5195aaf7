package cn.beianbridge.filing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

/** The same on MariaDB: V30, a CANCEL's empty entity columns and the sealed remark as production stores them. */
class ChangeAndCancelIntakeIntegrationTests extends ChangeAndCancelIntakeTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_change_cancel", registry);
	}

}
