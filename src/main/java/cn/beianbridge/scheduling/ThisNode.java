package cn.beianbridge.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * This process as a node incarnation of the cluster ({@code cluster_node}). Work claimed in the database beyond the
 * province jobs (console events, notifications) names it, so the claims of a dead incarnation (stopped, restarted
 * under its name, or silent for {@code bridge.node.dead-after}) are free at once, as its province leases are.
 */
public interface ThisNode {

	/** {@code <bridge.node.name>#<mark of this start>}, the {@code cluster_node.incarnation} this process checks in as. */
	String incarnation();

	/**
	 * The incarnations known dead that stopped at or after {@code since} (older ones hold no claim that has not
	 * lapsed). Dead stays dead: a list read a moment ago never names a live incarnation.
	 */
	List<String> deadIncarnations(Instant since);

}
