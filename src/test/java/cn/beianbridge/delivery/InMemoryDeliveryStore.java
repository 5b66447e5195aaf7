package cn.beianbridge.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link DeliveryStore} in memory, with the rules of the SQL stores: claims are free when lapsed or a dead node's. */
final class InMemoryDeliveryStore implements DeliveryStore<InMemoryDeliveryStore.Item, Long> {

	record Item(long id, int attempts, String claimedBy) implements ClaimedItem {
	}

	/** One row: what the tests look at. */
	static final class Row {

		String status = "PENDING";

		int attempts;

		Instant nextAttemptAt;

		String claimedBy;

		String claimedNode;

		Instant claimedUntil;

		String lastError;

		String receipt;

	}

	final Map<Long, Row> rows = new TreeMap<>();

	void add(long id, Instant due) {
		Row row = new Row();
		row.nextAttemptAt = due;
		rows.put(id, row);
	}

	Row row(long id) {
		return rows.get(id);
	}

	private boolean free(Row row, Instant now, List<String> deadNodes) {
		return row.claimedUntil == null || row.claimedUntil.isBefore(now) || deadNodes.contains(row.claimedNode);
	}

	@Override
	public List<Long> findDue(Instant now, int limit, List<String> deadNodes) {
		return rows.entrySet().stream()
			.filter(e -> e.getValue().status.equals("PENDING") && !e.getValue().nextAttemptAt.isAfter(now)
					&& free(e.getValue(), now, deadNodes))
			.map(Map.Entry::getKey)
			.limit(limit)
			.toList();
	}

	@Override
	public int claim(List<Long> ids, String owner, String node, List<String> deadNodes, Instant now, Instant until) {
		int claimed = 0;
		for (long id : ids) {
			Row row = rows.get(id);
			if (free(row, now, deadNodes)) {
				row.claimedBy = owner;
				row.claimedNode = node;
				row.claimedUntil = until;
				claimed++;
			}
		}
		return claimed;
	}

	@Override
	public List<Item> findClaimed(List<Long> ids, String owner, Instant now) {
		List<Item> claimed = new ArrayList<>();
		for (long id : ids) {
			Row row = rows.get(id);
			if (owner.equals(row.claimedBy) && row.status.equals("PENDING") && !row.nextAttemptAt.isAfter(now)) {
				claimed.add(new Item(id, row.attempts, owner));
			}
		}
		return claimed;
	}

	private Row held(long id, String owner) {
		Row row = rows.get(id);
		return row != null && owner.equals(row.claimedBy) && row.status.equals("PENDING") ? row : null;
	}

	@Override
	public int renewClaim(long id, String owner, Instant until) {
		Row row = held(id, owner);
		if (row == null) {
			return 0;
		}
		row.claimedUntil = until;
		return 1;
	}

	@Override
	public int markSent(long id, String owner, Instant at, String receipt) {
		return settle(id, owner, "SENT", 0, at, null, receipt);
	}

	@Override
	public int markRetry(long id, String owner, int attempts, Instant nextAttemptAt, String lastError) {
		return settle(id, owner, "PENDING", attempts, nextAttemptAt, lastError, null);
	}

	@Override
	public int markDead(long id, String owner, int attempts, Instant at, String lastError) {
		return settle(id, owner, "DEAD", attempts, at, lastError, null);
	}

	private int settle(long id, String owner, String status, int attempts, Instant at, String lastError,
			String receipt) {
		Row row = held(id, owner);
		if (row == null) {
			return 0;
		}
		row.status = status;
		row.attempts = status.equals("SENT") ? row.attempts + 1 : attempts;
		row.nextAttemptAt = at;
		row.lastError = lastError;
		row.receipt = receipt;
		row.claimedBy = null;
		row.claimedNode = null;
		row.claimedUntil = null;
		return 1;
	}

	@Override
	public int release(List<Long> ids, String owner) {
		int released = 0;
		for (long id : ids) {
			Row row = rows.get(id);
			if (owner.equals(row.claimedBy)) {
				row.claimedBy = null;
				row.claimedNode = null;
				row.claimedUntil = null;
				released++;
			}
		}
		return released;
	}

	@Override
	public int requeue(Long id, Instant now) {
		Row row = rows.get(id);
		if (row == null || !row.status.equals("DEAD")) {
			return 0;
		}
		row.status = "PENDING";
		row.attempts = 0;
		row.nextAttemptAt = now;
		return 1;
	}

}
