package cn.beianbridge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@org.springframework.test.context.ActiveProfiles("test")
class BeianBridgeApplicationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flywayCreatesOurTablesAndThoseOfBatchAndQuartz() {
		for (String table : new String[] { "filing", "batch_job_instance", "qrtz_triggers", "filing_event" }) {
			assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
		}
	}

}
