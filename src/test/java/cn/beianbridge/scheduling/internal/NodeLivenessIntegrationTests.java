package cn.beianbridge.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.scheduling.ProvinceLeases.ProvinceLease;
import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.OtherNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liveness from facts on MariaDB, with the default settings (check-in every 10 s, dead after 30 s silent): which
 * node is alive, and which province lease is free. Each test uses provinces of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext // a context of its own (its clock): closed after, so its connections do not stay open
class NodeLivenessIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_liveness", registry);
	}

	@Autowired
	ProvinceLeases leases;

	@Autowired
	ClusterNodes nodes;

	@Autowired
	NodeHeartbeat heartbeat;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLeaseHasOneRunAsHolderUntilThatRunReleasesIt() {
		Optional<ProvinceLease> first = leases.acquire("submit", "11");
		assertThat(first).isPresent();
		assertThat(leases.acquire("submit", "11")).as("another run of this very node").isEmpty();
		assertThat(leases.acquire("download", "11")).as("another job's lease of the province").isPresent()
			.get().satisfies(ProvinceLease::close);
		assertThat(leases.holder("submit", "11")).get().asString().startsWith(nodes.incarnation() + "/");
		assertThat(first.get().renew()).isTrue();

		first.get().close();

		assertThat(leases.holder("submit", "11")).isEmpty();
		assertThat(leases.acquire("submit", "11")).isPresent().get().satisfies(ProvinceLease::close);
	}

	@Test
	void aLiveNodesLeaseIsNeverFreeHoweverLongItsRunTakes() {
		OtherNode other = OtherNode.running(jdbc, clock, "node-b");
		other.holds("submit", "12");
		// three hours, checking in as a live node does (never 30 s apart, whenever this node's heartbeat looks)
		for (int step = 0; step < 3 * 60 * 3; step++) {
			clock.advance(Duration.ofSeconds(20));
			other.checksIn();
		}

		assertThat(nodes.isAlive(other.incarnation())).isTrue();
		assertThat(leases.acquire("submit", "12")).isEmpty();
		assertThat(leases.holder("submit", "12")).get().asString().startsWith(other.incarnation());
	}

	@Test
	void aSilentNodeIsDeadAfterThirtySecondsAndItsLeaseIsFreeThen() {
		OtherNode other = OtherNode.running(jdbc, clock, "node-c");
		other.holds("submit", "13");

		other.diedAgo(Duration.ofSeconds(29));
		assertThat(nodes.isAlive(other.incarnation())).isTrue();
		assertThat(leases.acquire("submit", "13")).isEmpty();

		other.diedAgo(Duration.ofSeconds(31));
		assertThat(nodes.isAlive(other.incarnation())).isFalse();
		assertThat(leases.acquire("submit", "13")).isPresent().get().satisfies(ProvinceLease::close);
	}

	@Test
	void aNodeStartedAgainUnderItsNameTakesTheEarlierProcessAsDeadAtOnce() {
		OtherNode before = OtherNode.running(jdbc, clock, "node-d");
		before.holds("download", "14");

		OtherNode after = before.restarted();

		assertThat(nodes.isAlive(before.incarnation())).isFalse();
		assertThat(nodes.isAlive(after.incarnation())).isTrue();
		assertThat(leases.acquire("download", "14")).as("free at once, not after 30 s").isPresent()
			.get().satisfies(ProvinceLease::close);
	}

	@Test
	void thisNodesHeartbeatKeepsItsLeasesAndTakesOverDeadNodesOnce() {
		Optional<ProvinceLease> held = leases.acquire("submit", "15");
		OtherNode gone = OtherNode.running(jdbc, clock, "node-e");
		gone.diedAgo(Duration.ofMinutes(5));
		clock.advance(Duration.ofMinutes(10));

		heartbeat.beat();

		assertThat(nodes.isAlive(nodes.incarnation())).isTrue();
		OtherNode other = OtherNode.running(jdbc, clock, "node-f");
		assertThat(jdbc.update("update province_lease set owner = ? where job = 'submit' and province = '15' and "
				+ "expires_at < ?", "stolen", java.sql.Timestamp.from(clock.instant()))).as("renewed by the beat").isZero();
		assertThat(jdbc.queryForMap("select stop_reason, taken_over_at from cluster_node where incarnation = ?",
				gone.incarnation())).containsEntry("stop_reason", "silent").extractingByKey("taken_over_at").isNotNull();
		assertThat(nodes.takeOverDead()).as("taken over once").noneMatch(n -> n.incarnation().equals(gone.incarnation()));
		assertThat(nodes.isAlive(other.incarnation())).isTrue();
		held.orElseThrow().close();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
		}

	}

}
