package cn.beianbridge.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.NodeSettings;
import cn.beianbridge.scheduling.ProvinceLeases;

/**
 * {@link ProvinceLeases} in {@code province_lease}. A lease runs for {@code bridge.node.dead-after} and the node's
 * heartbeat renews the ones its runs hold; so a lease outlives neither its node nor the run that took it, even when
 * a release never reached the database. Each statement commits on its own: the conditional UPDATE is the arbiter.
 */
@Component
class DatabaseProvinceLeases implements ProvinceLeases {

	private final ProvinceLeaseMapper mapper;

	private final ClusterNodes nodes;

	private final NodeSettings settings;

	private final Clock clock;

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	DatabaseProvinceLeases(ProvinceLeaseMapper mapper, ClusterNodes nodes, NodeSettings settings, Clock clock) {
		this.mapper = mapper;
		this.nodes = nodes;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Optional<ProvinceLease> acquire(String job, String province) {
		Instant now = clock.instant();
		if (mapper.countLease(job, province) == 0) {
			mapper.insertLeaseIfAbsent(job, province, Instant.EPOCH);
		}
		// the lease belongs to this run, not just this node: two runs on one node exclude each other too
		String owner = nodes.incarnation() + "/" + UUID.randomUUID().toString().substring(0, 8);
		if (!nodes.serving() || mapper.take(job, province, owner, nodes.incarnation(), now, until(now)) != 1) {
			return Optional.empty();
		}
		held.add(owner);
		return Optional.of(new HeldLease(job, province, owner));
	}

	@Override
	public Optional<String> holder(String job, String province) {
		return Optional.ofNullable(mapper.holder(job, province, clock.instant()))
			.map(holder -> holder.owner() + " since " + holder.acquiredAt());
	}

	/** Called by each heartbeat: the leases of this node's runs last another {@code dead-after}. */
	void renewHeld() {
		List<String> owners = List.copyOf(held);
		if (!owners.isEmpty()) {
			mapper.renewAll(owners, nodes.incarnation(), until(clock.instant()));
		}
	}

	private Instant until(Instant now) {
		return now.plus(settings.deadAfter());
	}

	private final class HeldLease implements ProvinceLease {

		private final String job;

		private final String province;

		private final String owner;

		HeldLease(String job, String province, String owner) {
			this.job = job;
			this.province = province;
			this.owner = owner;
		}

		@Override
		public boolean renew() {
			return nodes.serving()
					&& mapper.renew(job, province, owner, nodes.incarnation(), until(clock.instant())) == 1;
		}

		@Override
		public String owner() {
			return owner;
		}

		@Override
		public void close() {
			held.remove(owner);
			mapper.release(job, province, owner, clock.instant());
		}

	}

}
