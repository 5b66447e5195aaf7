package cn.beianbridge.scheduling.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.NodeSettings;
import cn.beianbridge.scheduling.ThisNode;

/**
 * This node in the cluster ({@code cluster_node}) and what the cluster knows of the others. Each start of the
 * application is an incarnation of its node ({@code <name>#<mark>}); runs and leases name the incarnation that holds
 * them. An incarnation is alive while it checks in ({@link NodeHeartbeat}) and has not stopped; one whose process
 * died is dead at once when its node starts again, else once it has been silent for {@code bridge.node.dead-after}.
 */
@Component
class ClusterNodes implements ThisNode, InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ClusterNodes.class);

	// rows of long-stopped incarnations say nothing any more: every run and lease naming them is long settled
	private static final Duration FORGET_AFTER = Duration.ofDays(30);

	private final ClusterNodeMapper mapper;

	private final NodeSettings settings;

	private final Clock clock;

	private volatile String incarnation;

	private volatile boolean superseded;

	ClusterNodes(ClusterNodeMapper mapper, NodeSettings settings, Clock clock) {
		this.mapper = mapper;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		register();
	}

	/** This process: {@code <bridge.node.name>#<mark of this start>}. */
	@Override
	public String incarnation() {
		return incarnation;
	}

	@Override
	public List<String> deadIncarnations(Instant since) {
		return mapper.findStoppedSince(since);
	}

	/** False once another process started under this node's name: this one then starts no province work. */
	public boolean serving() {
		return !superseded;
	}

	/** Whether the incarnation is alive: this process while serving; another while it checks in and runs. */
	public boolean isAlive(String other) {
		if (other.equals(incarnation)) {
			return serving();
		}
		NodeRow row = mapper.find(other);
		return row != null && row.stoppedAt() == null
				&& !row.heartbeatAt().isBefore(clock.instant().minus(settings.deadAfter()));
	}

	/** What the cluster knows of an incarnation (nothing once it has long been stopped). */
	Optional<NodeRow> find(String other) {
		return Optional.ofNullable(mapper.find(other));
	}

	private synchronized void register() {
		Instant now = clock.instant();
		String next = settings.name() + "#" + UUID.randomUUID().toString().substring(0, 8);
		mapper.forgetStoppedBefore(now.minus(FORGET_AFTER));
		List<NodeRow> earlier = mapper.findRunning(settings.name());
		mapper.insert(next, settings.name(), now);
		mapper.supersede(settings.name(), next, now);
		incarnation = next;
		for (NodeRow dead : earlier) {
			log.info("Node {} started as {}: its earlier process {} (started {}, last heartbeat {}) is taken as dead, "
					+ "and what it left is taken over", settings.name(), next, dead.incarnation(), dead.startedAt(),
					dead.heartbeatAt());
		}
	}

	/** Checks this node in; false when it must no longer work (another process took its name). */
	boolean beat() {
		if (superseded) {
			return false;
		}
		if (mapper.beat(incarnation, clock.instant()) == 1) {
			return true;
		}
		NodeRow row = mapper.find(incarnation);
		if (row != null && NodeRow.RESTARTED.equals(row.stopReason())) {
			superseded = true;
			log.error("Another process started as node '{}' (bridge.node.name) at {}: this process ({}) is taken as dead "
					+ "and starts no more province work. Two processes at once need names of their own.",
					settings.name(), row.stoppedAt(), incarnation);
			return false;
		}
		log.warn("Node {} was taken for dead (last heartbeat {}, bridge.node.dead-after {}): its runs and leases went "
				+ "to other nodes; it goes on as a new incarnation", incarnation, row == null ? "unknown" : row.heartbeatAt(),
				settings.deadAfter());
		register();
		return true;
	}

	/**
	 * Marks every other incarnation silent for {@code dead-after} as dead, then takes over each dead one no node has
	 * taken over yet; returns the ones this node took (one conditional UPDATE each: one taker per dead node).
	 */
	List<NodeRow> takeOverDead() {
		Instant now = clock.instant();
		mapper.markSilent(incarnation, now.minus(settings.deadAfter()), now);
		List<NodeRow> taken = new ArrayList<>();
		for (NodeRow dead : mapper.findNotTakenOver()) {
			if (mapper.takeOver(dead.incarnation(), now) == 1) {
				taken.add(dead);
			}
		}
		return taken;
	}

	/** Runs after every bean that uses this node is gone, so work still finishing never looks like a dead node's. */
	@Override
	public void destroy() {
		if (!superseded) {
			mapper.stop(incarnation, clock.instant());
		}
	}

}
