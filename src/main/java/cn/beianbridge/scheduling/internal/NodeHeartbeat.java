package cn.beianbridge.scheduling.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.NodeSettings;

/**
 * The node's check-in, every {@code bridge.node.heartbeat-interval}, on a thread of its own. This is not scheduled
 * work (Quartz runs each firing on one node; every node must check in, whether its scheduler runs or not): it is
 * the fact other nodes read this node's liveness from, as Quartz's own cluster check-in is for Quartz. Each beat
 * also renews the province leases this node holds and, once the application is ready, takes over dead nodes.
 */
@Component
class NodeHeartbeat implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

	private final ClusterNodes nodes;

	private final DatabaseProvinceLeases leases;

	private final NodeSettings settings;

	private final ApplicationEventPublisher events;

	private volatile ScheduledExecutorService beats;

	private volatile boolean ready;

	private volatile boolean failing;

	NodeHeartbeat(ClusterNodes nodes, DatabaseProvinceLeases leases, NodeSettings settings,
			ApplicationEventPublisher events) {
		this.nodes = nodes;
		this.leases = leases;
		this.settings = settings;
		this.events = events;
	}

	@Override
	public void start() {
		beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "node-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long interval = settings.heartbeatInterval().toMillis();
		beats.scheduleWithFixedDelay(this::beat, interval, interval, TimeUnit.MILLISECONDS);
	}

	/** From now on dead nodes are taken over: the schedules and routes their work needs are up. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		ready = true;
		beats.execute(this::beat);
	}

	void beat() {
		try {
			if (!nodes.beat()) {
				return;
			}
			leases.renewHeld();
			if (ready) {
				List<NodeRow> died = nodes.takeOverDead();
				if (!died.isEmpty()) {
					events.publishEvent(new NodesDied(died));
				}
			}
			if (failing) {
				failing = false;
				log.info("Node {} checks in again", nodes.incarnation());
			}
		}
		catch (RuntimeException ex) {
			// once per spell: the database being away is logged by everything else too
			if (!failing) {
				failing = true;
				log.warn("Node {} could not check in ({}); other nodes take it for dead after {} without one",
						nodes.incarnation(), ex.getMessage(), settings.deadAfter());
			}
		}
	}

	/**
	 * The node keeps checking in while the context stops (runs may still be finishing); the beats end when the beans
	 * go, and {@link ClusterNodes} then records the stop.
	 */
	@Override
	public void stop() {
	}

	@Override
	public boolean isRunning() {
		return beats != null && !beats.isShutdown();
	}

	@Override
	public void destroy() {
		if (beats != null) {
			beats.shutdownNow();
		}
	}

}
