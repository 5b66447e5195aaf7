package cn.beianbridge.filing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.internal.RejectedInputStore;

/**
 * The inputs kept because they broke the contract, for the operations console: listed with their errors, and
 * re-checked against today's contract and rules (after the console fixed its side, or a rule changed). One that
 * passes now is taken in as any filing is (RECEIVED, or HELD by a province rule) and is settled; one nobody will take
 * in is dismissed with a reason (settled too).
 */
@Service
public class RejectedInputReview {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RejectedInputStore store;

	private final PersonalData personalData;

	private final FilingIntake intake;

	private final Clock clock;

	RejectedInputReview(RejectedInputStore store, PersonalData personalData, FilingIntake intake, Clock clock) {
		this.store = store;
		this.personalData = personalData;
		this.intake = intake;
		this.clock = clock;
	}

	/** Newest first; {@code openOnly}: only those nobody settled yet. */
	public List<RejectedInput> list(boolean openOnly, int limit) {
		return store.list(openOnly, limit).stream().map(this::opened).toList();
	}

	public Optional<RejectedInput> find(long id) {
		return Optional.ofNullable(store.find(id)).map(this::opened);
	}

	/**
	 * Runs the kept input through intake again. Still breaking the contract, nothing changes (the same bytes are
	 * neither kept nor announced twice); otherwise it is stored as a filing (or found stored already) and settled.
	 *
	 * @throws IllegalStateException when it was settled before
	 */
	@Transactional
	public IntakeResult recheck(long id, String actor) {
		var row = store.find(id);
		if (row == null) {
			throw new IllegalArgumentException("No rejected input " + id);
		}
		if (row.resolvedAt() != null) {
			throw new IllegalStateException("Rejected input " + id + " was settled already: " + row.resolution());
		}
		byte[] raw = personalData.open(row.rawPayload()).getBytes(StandardCharsets.UTF_8);
		IntakeResult result = intake.accept(raw, IntakeSource.valueOf(row.source()), "rejected input " + id);
		if (result.outcome() != IntakeResult.Outcome.REJECTED) {
			String resolution = (result.outcome() == IntakeResult.Outcome.ALREADY_KNOWN ? "found stored as filing "
					: "taken in as filing ") + result.consoleFilingId() + " (" + result.state() + ")";
			if (!store.resolve(id, clock.instant(), actor, resolution)) {
				throw new IllegalStateException("Rejected input " + id + " was settled concurrently");
			}
		}
		return result;
	}

	/**
	 * Settles an input nobody will take in (the console withdrew it, a test, a duplicate under another id): it stays
	 * until its retention, no longer listed as open.
	 *
	 * @throws IllegalArgumentException when there is no such input
	 * @throws IllegalStateException when it was settled before
	 */
	@Transactional
	public void dismiss(long id, String actor, String reason) {
		var row = store.find(id);
		if (row == null) {
			throw new IllegalArgumentException("No rejected input " + id);
		}
		if (row.resolvedAt() != null || !store.resolve(id, clock.instant(), actor, "dismissed: " + reason)) {
			throw new IllegalStateException("Rejected input " + id + " was settled already"
					+ (row.resolution() == null ? "" : ": " + row.resolution()));
		}
	}

	private RejectedInput opened(RejectedInputStore.Row row) {
		return new RejectedInput(row.id(), IntakeSource.valueOf(row.source()), row.sourceRef(), row.consoleFilingId(),
				row.receivedAt(), errors(personalData.open(row.errors())), row.resolvedAt(), row.resolvedBy(),
				row.resolution());
	}

	private static List<Reason> errors(String json) {
		try {
			return JSON.readValue(json, new TypeReference<List<Reason>>() {
			});
		}
		catch (JsonProcessingException ex) {
			return List.of(Reason.of(null, null, "(errors unreadable: " + ex.getOriginalMessage() + ")"));
		}
	}

}
