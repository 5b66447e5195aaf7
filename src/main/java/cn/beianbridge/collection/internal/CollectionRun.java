package cn.beianbridge.collection.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.beianbridge.filing.IntakeResult;

/** Counts what one collection run did, for its summary line and for tests. */
final class CollectionRun {

	private final long startedNanos = System.nanoTime();

	private final Map<IntakeResult.Outcome, Integer> outcomes = new EnumMap<>(IntakeResult.Outcome.class);

	private int pages;

	void add(List<IntakeResult> results) {
		pages++;
		results.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
	}

	int pages() {
		return pages;
	}

	int count(IntakeResult.Outcome outcome) {
		return outcomes.getOrDefault(outcome, 0);
	}

	String summary() {
		return String.format("pages=%d stored=%d held=%d known=%d rejected=%d in %d ms", pages,
				count(IntakeResult.Outcome.STORED), count(IntakeResult.Outcome.HELD),
				count(IntakeResult.Outcome.ALREADY_KNOWN), count(IntakeResult.Outcome.REJECTED),
				(System.nanoTime() - startedNanos) / 1_000_000);
	}

}
