package cn.beianbridge.submission.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's dataSequence per province: starts at 1 and goes up by one with each accepted upload.
 * A number is assigned to a file when the file is committed, before it is sent; the row lock keeps two
 * writers from taking the same number even without the lease.
 */
@Component
public class DataSequences {

	private final SubmissionMapper mapper;

	private final Clock clock;

	private final TransactionTemplate separately;

	DataSequences(SubmissionMapper mapper, Clock clock, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The next number for a new file; joins the caller's transaction, which stores the file with it. */
	@Transactional
	public long assignNext(String province) {
		SubmissionMapper.SequenceRow row = lock(province);
		long next = row.lastAssigned() + 1;
		mapper.updateSequence(province, row.lastAccepted(), next, clock.instant());
		return next;
	}

	/** The bureau accepted the file with this number. */
	@Transactional
	public void accepted(String province, long sequence) {
		SubmissionMapper.SequenceRow row = lock(province);
		mapper.updateSequence(province, Math.max(row.lastAccepted(), sequence), Math.max(row.lastAssigned(), sequence),
				clock.instant());
	}

	/** After reconciling with the bureau: its last accepted number, and how many of ours wait after it. */
	@Transactional
	public void reset(String province, long lastAccepted, long lastAssigned) {
		lock(province);
		mapper.updateSequence(province, lastAccepted, lastAssigned, clock.instant());
	}

	@Transactional
	public State state(String province) {
		SubmissionMapper.SequenceRow row = lock(province);
		return new State(row.lastAccepted(), row.lastAssigned());
	}

	private SubmissionMapper.SequenceRow lock(String province) {
		// The row is created first, in a transaction of its own and before this one locks anything: a locking
		// read of a missing row takes a gap lock that the insert would then wait on.
		if (mapper.countSequence(province) == 0) {
			separately.executeWithoutResult(status -> mapper.insertSequenceIfAbsent(province, clock.instant()));
		}
		return mapper.lockSequence(province);
	}

	public record State(long lastAccepted, long lastAssigned) {
	}

}
