package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A database lease per province: the node that holds it is the only one uploading to that province, so
 * sequence numbers and the rate limit hold across nodes. A crashed node's lease simply expires.
 */
@Component
public class ProvinceLeases {

	private final SubmissionMapper mapper;

	private final Clock clock;

	ProvinceLeases(SubmissionMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * Takes (or renews) the province's lease for {@code owner}; false when another node holds it. Each
	 * statement commits on its own (no surrounding transaction): the conditional UPDATE is the arbiter.
	 */
	public boolean tryAcquire(String province, String owner, Duration ttl) {
		Instant now = clock.instant();
		if (mapper.countLease(province) == 0) {
			mapper.insertLeaseIfAbsent(province, Instant.EPOCH);
		}
		return mapper.takeLease(province, owner, now, now.plus(ttl)) == 1;
	}

	public void release(String province, String owner) {
		mapper.releaseLease(province, owner, clock.instant());
	}

	public Optional<String> holder(String province) {
		return Optional.ofNullable(mapper.leaseOwner(province, clock.instant()));
	}

}
