package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.scheduling.ThisNode;

/**
 * Works a bulk run's targets on a thread of its own, {@value #CHUNK} per transaction, so a run of thousands neither
 * holds a request nor one long transaction. A cancel is seen before the next target on this node (before the next
 * chunk from another node). A run whose node died while it ran is marked INTERRUPTED when someone looks at runs (and
 * at start-up), never left RUNNING; its targets not worked stay PENDING.
 */
@Component
class BulkRunner implements DisposableBean {

	static final int CHUNK = 100;

	private static final Logger log = LoggerFactory.getLogger(BulkRunner.class);

	private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "ops-bulk");
		thread.setDaemon(true);
		return thread;
	});

	/** Runs of this node not finished: started (or about to be) here. */
	private final Set<Long> mine = ConcurrentHashMap.newKeySet();

	private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();

	private final BulkRunMapper mapper;

	private final TransactionOperations transactions;

	/** Each target's work, nested in the chunk's transaction (a savepoint). */
	private final TransactionTemplate perTarget;

	private final OpsAudit audit;

	private final ThisNode node;

	private final Clock clock;

	BulkRunner(BulkRunMapper mapper, TransactionOperations transactions, PlatformTransactionManager transactionManager,
			OpsAudit audit, ThisNode node, Clock clock) {
		this.mapper = mapper;
		this.transactions = transactions;
		this.perTarget = new TransactionTemplate(transactionManager);
		this.perTarget.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.audit = audit;
		this.node = node;
		this.clock = clock;
	}

	/** Inside the transaction that stored the run: works it once that commits. */
	void startAfterCommit(long id, BulkAction action) {
		mine.add(id);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					executor.execute(() -> work(id, action));
				}
				else {
					mine.remove(id);
				}
			}
		});
	}

	void cancelAfterCommit(long id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cancelled.add(id);
			}
		});
	}

	private void work(long id, BulkAction action) {
		try {
			BulkRun run = mapper.find(id);
			while (Boolean.TRUE.equals(transactions.execute(tx -> chunk(run, action)))) {
				// next chunk
			}
		}
		catch (RuntimeException ex) {
			log.error("Bulk run {} ({}) failed", id, action.name(), ex);
			transactions.executeWithoutResult(tx -> end(id, BulkRun.Status.FAILED,
					"stopped by " + ex.getClass().getSimpleName() + ": " + ex.getMessage()));
		}
		finally {
			mine.remove(id);
			cancelled.remove(id);
		}
	}

	/** One chunk; false when the run has ended. */
	private boolean chunk(BulkRun run, BulkAction action) {
		long id = run.id();
		if (cancelled.contains(id) || mapper.cancelRequested(id)) {
			mapper.skipRest(id, "cancelled", clock.instant());
			end(id, BulkRun.Status.CANCELLED, null);
			return false;
		}
		List<BulkItem> items = mapper.pending(id, CHUNK);
		if (items.isEmpty()) {
			end(id, BulkRun.Status.DONE, null);
			return false;
		}
		for (BulkItem item : items) {
			if (cancelled.contains(id)) {
				return true;
			}
			BulkItemOutcome outcome;
			try {
				outcome = applyAlone(action, item.target(), run);
			}
			catch (OpsProblem problem) {
				outcome = BulkItemOutcome.skipped(problem.getMessage());
			}
			catch (RuntimeException ex) {
				outcome = BulkItemOutcome.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			mapper.settle(id, item.seq(), outcome.status(), clip(outcome.detail()), clock.instant());
		}
		return true;
	}

	/**
	 * Applies the action to one target behind a savepoint: a target that fails (or whose work marked the transaction
	 * for rollback) loses its own changes only, never the chunk's other targets'.
	 */
	private BulkItemOutcome applyAlone(BulkAction action, String target, BulkRun run) {
		BulkItemOutcome outcome = perTarget.execute(tx -> {
			BulkItemOutcome applied = action.apply(target, run);
			if (tx.isRollbackOnly()) {
				tx.setRollbackOnly();
				return BulkItemOutcome.failed("its change was rolled back"
						+ (applied == null || applied.detail() == null ? "" : " (" + applied.detail() + ")"));
			}
			return applied;
		});
		return outcome;
	}

	/** Ends the run once and writes its audit row, under the name of who started it. */
	private void end(long id, BulkRun.Status status, String why) {
		if (mapper.finish(id, status, clock.instant()) == 0) {
			return;
		}
		BulkRun run = mapper.find(id);
		String outcome = status + ": " + run.counts()
				+ (run.cancelledBy() == null ? "" : " (cancelled by " + run.cancelledBy() + ")")
				+ (why == null ? "" : "; " + why);
		audit.recordFor(run.startedBy(), run.role(),
				Change.of("bulk." + run.action(), "bulk-run:" + id, run.reason(), outcome)
					.parameters(BulkQuery.parse(run.query()).parameters())
					.dryRunCount(run.dryRunCount())
					.states("RUNNING", status.name()));
		log.info("Bulk run {} ({}, started by {}) ended {}", id, run.action(), run.startedBy(), outcome);
	}

	/** Marks INTERRUPTED the runs left RUNNING by a node that died (this one's earlier life included). */
	void noticeInterrupted() {
		List<BulkRunMapper.RunningRun> running = mapper.running();
		if (running.isEmpty()) {
			return;
		}
		Instant since = running.stream().map(BulkRunMapper.RunningRun::startedAt).min(Comparator.naturalOrder())
			.orElseThrow();
		List<String> dead = node.deadIncarnations(since);
		for (BulkRunMapper.RunningRun run : running) {
			boolean orphan = run.node().equals(node.incarnation()) ? !mine.contains(run.id())
					: dead.contains(run.node());
			if (orphan) {
				transactions.executeWithoutResult(tx -> end(run.id(), BulkRun.Status.INTERRUPTED,
						"node " + run.node() + " stopped while it ran"));
			}
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		noticeInterrupted();
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private static String clip(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}

}
