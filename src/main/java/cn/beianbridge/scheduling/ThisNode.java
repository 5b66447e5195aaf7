package cn.beianbridge.scheduling;

/**
 * This process as a node incarnation of the cluster ({@code cluster_node}). Work claimed in the database beyond the
 * province jobs (console events, notifications) names it, so the claims of a dead incarnation (stopped, restarted
 * under its name, or silent for {@code bridge.node.dead-after}) are free at once, as its province leases are.
 */
public interface ThisNode {

	/** {@code <bridge.node.name>#<mark of this start>}, the {@code cluster_node.incarnation} this process checks in as. */
	String incarnation();

}
