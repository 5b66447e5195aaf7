package cn.beianbridge.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This node in the cluster ({@code bridge.node.*}).
 *
 * @param name the node's name, the same across its restarts (default: the host name): a process that starts under
 * a name takes the runs and leases of the earlier process of that name as dead at once. Two processes running at once
 * must not share a name.
 * @param heartbeatInterval how often the node checks in
 * @param deadAfter a node that has not checked in for this long is dead: its runs are taken over and its province
 * leases are free; at least twice the interval, so one late check-in is not a death
 */
@ConfigurationProperties("bridge.node")
public record NodeSettings(String name, @DefaultValue("10s") Duration heartbeatInterval,
		@DefaultValue("30s") Duration deadAfter) {

	public NodeSettings {
		if (name == null || name.isBlank()) {
			name = hostName();
		}
		if (name.length() > 128 || name.contains("#") || name.contains("/")) {
			throw new IllegalArgumentException("bridge.node.name must be at most 128 characters without '#' or '/', was '"
					+ name + "'");
		}
		if (heartbeatInterval.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("bridge.node.heartbeat-interval must be at least 1s, was "
					+ heartbeatInterval);
		}
		if (deadAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException("bridge.node.dead-after (" + deadAfter
					+ ") must be at least twice bridge.node.heartbeat-interval (" + heartbeatInterval + ")");
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "node";
		}
	}

}
