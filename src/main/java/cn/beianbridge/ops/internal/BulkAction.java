package cn.beianbridge.ops.internal;

import java.util.List;

import cn.beianbridge.ops.OpsRole;

/**
 * One kind of bulk action by query ("re-deliver every DEAD console event matching"), run by {@link BulkRuns}: a dry
 * run counts the targets and shows a sample, the real run selects as many as the person confirmed and applies the
 * action to each, in chunks, recording what happened to every one. A Spring bean in this package is picked up by its
 * {@link #name()}.
 * <p>
 * The query is the list page's filters; an action validates it with {@link OpsProblem#badInput}. {@link #apply} is
 * called inside the chunk's transaction and must not throw for an expected refusal: it answers
 * {@link BulkItemOutcome#skipped} (e.g. the target is no longer DEAD).
 */
interface BulkAction {

	/** Its key in URLs, runs and the audit, e.g. {@code events.redeliver}. */
	String name();

	/** The least role that may run it (ADMIN for every bulk action of the issue). */
	default OpsRole role() {
		return OpsRole.ADMIN;
	}

	/** The action in words, with what the query selects, e.g. "Re-deliver every DEAD console event matching". */
	String describe();

	/** The page the query comes from and the run links back to, e.g. {@code /ops/deliveries?kind=event}. */
	String listPage(BulkQuery query);

	long count(BulkQuery query);

	/** The first {@code n} targets, each in a line a person recognises. */
	List<String> sample(BulkQuery query, int n);

	/** The targets' ids, in the order they are worked, at most {@code limit}. */
	List<String> select(BulkQuery query, int limit);

	/**
	 * @param run the run working it: who started it (the actor where the target keeps one, e.g. a filing's history)
	 * and the run's reason
	 */
	BulkItemOutcome apply(String target, BulkRun run);

}
