package cn.beianbridge.scheduling;

import java.util.Optional;

/**
 * A database lease per job and province: the run that holds it is the only one, across all nodes, doing that job's
 * work for the province (uploads, so sequence numbers and rate limits hold; downloads, so no file is fetched twice at
 * once). A lease belongs to a node incarnation and lasts while it is held, renewed by the node's heartbeat: it is
 * free once released, once its node is dead (stopped, restarted, or silent for {@code bridge.node.dead-after}), or
 * once its node stopped renewing it (a run that lost it).
 */
public interface ProvinceLeases {

	/** The lease for a run on this node, or empty when a live run holds it. */
	Optional<ProvinceLease> acquire(String job, String province);

	/** Who holds the lease now, e.g. {@code node-a#3f9c0b1e/7d2a4c11 since 2026-11-30T02:00:01Z}, if anyone. */
	Optional<String> holder(String job, String province);

	/** A held lease; close it when the run is done with the province. */
	interface ProvinceLease extends AutoCloseable {

		/** Renews the lease; false when it was lost (the run must stop working on the province). */
		boolean renew();

		String owner();

		/** Releases the lease (at once free for any run). */
		@Override
		void close();

	}

}
