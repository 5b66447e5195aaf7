package cn.beianbridge.scheduling.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvinceLeases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes running under one node name take each other for dead: the older one, once it sees a newer process
 * took its name, says so and starts no more province work, so the two never work on one province at once.
 */
@SpringBootTest(properties = "bridge.node.name=node-twice")
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class NodeNameTakenTests {

	@Autowired
	ClusterNodes nodes;

	@Autowired
	NodeHeartbeat heartbeat;

	@Autowired
	ProvinceLeases leases;

	@Autowired
	ProvinceJobs provinceJobs;

	@Autowired
	@Qualifier("submitJob")
	Job submitJob;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theOlderProcessOfANameStopsStartingProvinceWorkOnceANewerOneTookTheName(CapturedOutput output) {
		Timestamp now = Timestamp.from(clock.instant());
		// what a second process named node-twice does as it starts
		jdbc.update("update cluster_node set stopped_at = ?, stop_reason = 'restarted' where name = 'node-twice'", now);
		jdbc.update("insert into cluster_node (incarnation, name, started_at, heartbeat_at) values ('node-twice#newer', "
				+ "'node-twice', ?, ?)", now, now);

		heartbeat.beat();

		assertThat(nodes.serving()).isFalse();
		assertThat(output.getOut()).contains("Another process started as node 'node-twice'")
			.contains("starts no more province work");
		assertThat(leases.acquire("submit", "11")).isEmpty();
		assertThat(provinceJobs.fire(submitJob)).isEmpty();
	}

}
