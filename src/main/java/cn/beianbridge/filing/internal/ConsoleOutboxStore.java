package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.ConsoleOutbox;
import cn.beianbridge.filing.PendingConsoleEvent;

/** {@link ConsoleOutbox} on filing_event's delivery columns. */
@Component
class ConsoleOutboxStore implements ConsoleOutbox {

	private static final String PENDING = "PENDING";

	private static final String DEAD = "DEAD";

	private final ConsoleDeliveryMapper mapper;

	private final PersonalData personalData;

	ConsoleOutboxStore(ConsoleDeliveryMapper mapper, PersonalData personalData) {
		this.mapper = mapper;
		this.personalData = personalData;
	}

	@Override
	public List<Long> findDue(Instant now, int limit, List<String> deadNodes) {
		return mapper.findDue(now, limit, deadNodes);
	}

	@Override
	public int claim(List<Long> ids, String owner, String node, List<String> deadNodes, Instant now, Instant until) {
		return mapper.claim(ids, owner, node, deadNodes, now, until);
	}

	@Override
	public List<PendingConsoleEvent> findClaimed(List<Long> ids, String owner, Instant now) {
		// the payload is sealed (EventMapper.xml)
		return mapper.findClaimed(ids, owner, now).stream()
			.map(e -> new PendingConsoleEvent(e.id(), e.eventId(), e.consoleFilingId(), e.type(),
					personalData.open(e.payload()), e.attempts(), e.claimedBy()))
			.toList();
	}

	@Override
	public int renewClaim(long id, String owner, Instant until) {
		return mapper.renewClaim(id, owner, until);
	}

	/** The console's acknowledgement is the whole receipt: filing_event keeps only that it was delivered. */
	@Override
	public int markSent(long id, String owner, Instant at, String receipt) {
		return mapper.markDelivered(id, owner);
	}

	@Override
	public int markRetry(long id, String owner, int attempts, Instant nextAttemptAt, String lastError) {
		return mapper.markFailed(id, owner, attempts, PENDING, nextAttemptAt, lastError);
	}

	@Override
	public int markDead(long id, String owner, int attempts, Instant at, String lastError) {
		return mapper.markFailed(id, owner, attempts, DEAD, at, lastError);
	}

	@Override
	public int release(List<Long> ids, String owner) {
		return mapper.release(ids, owner);
	}

	@Override
	public int requeue(String eventId, Instant now) {
		return mapper.redeliver(eventId, now);
	}

}
