package cn.beianbridge.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Another node of the cluster as the database sees it (cluster_node, province_lease): an incarnation that checks in
 * and holds leases, which a test can let fall silent or restart, without a second application.
 */
public final class OtherNode {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String name;

	private final String incarnation;

	private OtherNode(JdbcTemplate jdbc, Clock clock, String name) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.name = name;
		this.incarnation = name + "#" + Long.toHexString(System.nanoTime());
		jdbc.update("insert into cluster_node (incarnation, name, started_at, heartbeat_at) values (?, ?, ?, ?)",
				incarnation, name, now(), now());
	}

	/** A live node that has just checked in. */
	public static OtherNode running(JdbcTemplate jdbc, Clock clock, String name) {
		return new OtherNode(jdbc, clock, name);
	}

	public String incarnation() {
		return incarnation;
	}

	/** A run of this node holds the job's lease for the province; returns the lease's owner. */
	public String holds(String job, String province) {
		String owner = incarnation + "/run";
		if (jdbc.update("update province_lease set owner = ?, node = ?, acquired_at = ?, expires_at = ? "
				+ "where job = ? and province = ?", owner, incarnation, now(), at(Duration.ofSeconds(30)), job,
				province) == 0) {
			jdbc.update("insert into province_lease (job, province, owner, node, acquired_at, expires_at) "
					+ "values (?, ?, ?, ?, ?, ?)", job, province, owner, incarnation, now(), at(Duration.ofSeconds(30)));
		}
		return owner;
	}

	public void releases(String job, String province) {
		jdbc.update("update province_lease set owner = null, node = null where job = ? and province = ? and node = ?", job,
				province, incarnation);
	}

	/** Checks in now, renewing its leases (a live node does so every few seconds). */
	public void checksIn() {
		jdbc.update("update cluster_node set heartbeat_at = ? where incarnation = ?", now(), incarnation);
		jdbc.update("update province_lease set expires_at = ? where node = ?", at(Duration.ofSeconds(30)), incarnation);
	}

	/** Its process died {@code ago}: its last check-in and its leases' last renewal were then. */
	public void diedAgo(Duration ago) {
		Timestamp then = Timestamp.from(clock.instant().minus(ago));
		jdbc.update("update cluster_node set heartbeat_at = ? where incarnation = ?", then, incarnation);
		jdbc.update("update province_lease set expires_at = ? where node = ?",
				Timestamp.from(clock.instant().minus(ago).plusSeconds(30)), incarnation);
	}

	/** Started again under its name: the earlier process is dead at once. */
	public OtherNode restarted() {
		jdbc.update("update cluster_node set stopped_at = ?, stop_reason = 'restarted' where incarnation = ?", now(),
				incarnation);
		return new OtherNode(jdbc, clock, name);
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private Timestamp at(Duration later) {
		return Timestamp.from(clock.instant().plus(later));
	}

}
