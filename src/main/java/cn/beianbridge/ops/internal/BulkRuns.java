package cn.beianbridge.ops.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

import cn.beianbridge.scheduling.ThisNode;
import cn.beianbridge.shared.GeneratedKey;

/**
 * Bulk actions by query. Nothing happens without the count: the dry run counts the targets and shows a sample
 * (changing nothing), and the real run needs a reason and the count the person confirms; when the query matches
 * another count by then, it is refused. The run works through its targets on a background thread
 * ({@link BulkRunner}), cancellable, with a result per target; its one audit row is written when it ends.
 */
@Service
public class BulkRuns {

	static final int SAMPLE = 10;

	/** More than this at once is several runs (a narrower query each). */
	static final int MAX_TARGETS = 10_000;

	private final Map<String, BulkAction> actions;

	private final BulkRunMapper mapper;

	private final BulkRunner runner;

	private final RoleHierarchy roles;

	private final ThisNode node;

	private final Clock clock;

	BulkRuns(List<BulkAction> actions, BulkRunMapper mapper, BulkRunner runner, RoleHierarchy roles, ThisNode node,
			Clock clock) {
		this.actions = actions.stream().collect(Collectors.toMap(BulkAction::name, Function.identity()));
		this.mapper = mapper;
		this.runner = runner;
		this.roles = roles;
		this.node = node;
		this.clock = clock;
	}

	/** Counts the targets and shows the first {@value #SAMPLE}; changes nothing and is not audited. */
	@PreAuthorize("hasRole('ADMIN')")
	public DryRun dryRun(String action, BulkQuery query) {
		BulkAction bulk = permitted(action);
		return new DryRun(bulk.name(), bulk.describe(), query, bulk.count(query), bulk.sample(query, SAMPLE),
				bulk.listPage(query));
	}

	/**
	 * Starts the run over as many targets as the person confirmed; refused when the query matches another count now.
	 *
	 * @return the run's id ({@code /ops/bulk/{id}})
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long start(String action, BulkQuery query, String reason, Integer expectedCount) {
		BulkAction bulk = permitted(action);
		String why = OpsProblem.requireReason(reason);
		if (expectedCount == null) {
			throw OpsProblem.badInput("expectedCount", "confirm the count the dry run showed");
		}
		if (expectedCount < 1 || expectedCount > MAX_TARGETS) {
			throw OpsProblem.badInput("expectedCount", "between 1 and " + MAX_TARGETS + " (narrow the query)");
		}
		if (query.toString().length() > 1000) {
			throw OpsProblem.badInput("query", "at most 1000 characters");
		}
		long now = bulk.count(query);
		List<String> targets = bulk.select(query, expectedCount + 1);
		if (now != expectedCount || targets.size() != expectedCount) {
			throw OpsProblem.refused("the query matches " + Math.max(now, targets.size()) + " now, not "
					+ expectedCount + ": run the dry run again");
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		GeneratedKey key = new GeneratedKey();
		mapper.insertRun(bulk.name(), query.toString(), why, expectedCount, who.getName(), OpsAudit.roleOf(who),
				node.incarnation(), clock.instant(), key);
		for (int i = 0; i < targets.size(); i++) {
			mapper.insertItem(key.getId(), i + 1, targets.get(i));
		}
		runner.startAfterCommit(key.getId(), bulk);
		return key.getId();
	}

	@PreAuthorize("hasRole('VIEWER')")
	public BulkRun run(long id) {
		runner.noticeInterrupted();
		BulkRun run = mapper.find(id);
		if (run == null) {
			throw OpsProblem.notFound("no bulk run " + id);
		}
		return run;
	}

	/** Its targets in the order worked, with what happened to each, at most {@code limit}. */
	@PreAuthorize("hasRole('VIEWER')")
	public List<BulkItem> items(long id, int limit) {
		return mapper.items(id, limit);
	}

	/** Stops the run after the target it is working on; the rest are skipped as cancelled. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public BulkRun cancel(long id) {
		BulkRun run = run(id);
		permitted(run.action());
		if (!run.running()) {
			throw OpsProblem.refused("bulk run " + id + " is " + run.status() + ", not running");
		}
		if (mapper.requestCancel(id, SecurityContextHolder.getContext().getAuthentication().getName()) == 0) {
			throw OpsProblem.refused("bulk run " + id + " is being cancelled already");
		}
		runner.cancelAfterCommit(id);
		return mapper.find(id);
	}

	/** What the page says the action does. */
	@PreAuthorize("hasRole('VIEWER')")
	public String describe(String action) {
		BulkAction bulk = actions.get(action);
		return bulk == null ? action : bulk.describe();
	}

	private BulkAction permitted(String name) {
		BulkAction action = actions.get(name);
		if (action == null) {
			throw OpsProblem.notFound("no bulk action " + name + "; there are " + actions.keySet());
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		boolean may = roles.getReachableGrantedAuthorities(who.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(action.role().authority()::equals);
		if (!may) {
			throw new AccessDeniedException(action.name() + " needs " + action.role());
		}
		return action;
	}

	/** What a run would do now: how many targets, and the first few. */
	public record DryRun(String action, String description, BulkQuery query, long count, List<String> sample,
			String listPage) {
	}

}
