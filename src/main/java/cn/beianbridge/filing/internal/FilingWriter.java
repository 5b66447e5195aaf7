package cn.beianbridge.filing.internal;

import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.GeneratedKey;

/** Writes a filing into its normalised tables, and its transitions into the append-only history. */
@Component
public class FilingWriter {

	private final FilingMapper mapper;

	private final AttachmentContents contents;

	private final BatchedInserts batched;

	FilingWriter(FilingMapper mapper, AttachmentContents contents, BatchedInserts batched) {
		this.mapper = mapper;
		this.contents = contents;
		this.batched = batched;
	}

	/** Stores the filing as RECEIVED with its first history row; returns our id. */
	public long insert(FilingDocument doc, IntakeSource source, Instant deadline, boolean provisional, Instant now,
			String cause) {
		GeneratedKey filingKey = new GeneratedKey();
		mapper.insertFiling(NewRows.NewFiling.of(doc, FilingState.RECEIVED, 0, source, deadline, provisional, now),
				filingKey);
		long filingId = filingKey.getId();
		if (doc.cancellation() != null) {
			mapper.insertCancellation(filingId, doc.cancellation());
		}
		List<FilingDocument.Website> websites = doc.websites();
		for (int i = 0; i < websites.size(); i++) {
			insertWebsite(filingId, i, websites.get(i));
		}
		if (!doc.attachments().isEmpty()) {
			contents.store(doc.attachments(), now);
			batched.insert(BatchedInserts.Insert.ATTACHMENT, NewRows.attachments(filingId, doc));
		}
		history(filingId, null, FilingState.RECEIVED, now, source.actor(), cause, null, List.of());
		return filingId;
	}

	/** Moves the filing to a new state, with a history row. */
	public void transition(long filingId, FilingState from, FilingState to, Instant now, String actor, String cause) {
		transition(filingId, from, to, now, actor, cause, null, List.of());
	}

	/** Moves the filing to a new state, with a history row and the reasons for it. */
	public void transition(long filingId, FilingState from, FilingState to, Instant now, String actor, String cause,
			ReasonKind reasonKind, List<Reason> reasons) {
		// Guarded by the expected state: two writers racing on one filing cannot both move it.
		if (mapper.updateState(filingId, from, to, now) != 1) {
			throw new IllegalStateException("Filing " + filingId + " is no longer " + from + "; not moved to " + to);
		}
		history(filingId, from, to, now, actor, cause, reasonKind, reasons);
	}

	/**
	 * Moves many filings from one state to another at once: one guarded update and one insert of their history rows,
	 * however many they are. Each must still be in {@code from}: when one is not (someone moved it in between), this
	 * throws naming it, and the caller's transaction rolls back the lot: nothing half-done remains.
	 */
	public void transitionAll(Collection<Long> filingIds, FilingState from, FilingState to, Instant now, String actor,
			String cause) {
		// in id order: every bulk move locks its rows in the same order, so two of them never deadlock
		List<Long> ids = new TreeSet<>(filingIds).stream().toList();
		if (ids.isEmpty()) {
			return;
		}
		int[] counts = batched.update("updateStateOf", "m",
				ids.stream().map(id -> new NewRows.StateMove(id, from, to, now)).toList());
		if (Arrays.stream(counts).anyMatch(count -> count != 1)) {
			List<String> elsewhere = notMoved(ids, counts, to);
			if (!elsewhere.isEmpty()) {
				throw new IllegalStateException("Filing(s) " + String.join(", ", elsewhere) + ": " + elsewhere.size()
						+ " of " + ids.size() + " no longer " + from + "; none moved to " + to);
			}
		}
		batched.insert(BatchedInserts.Insert.HISTORY,
				ids.stream().map(id -> new NewRows.NewHistory(id, from, to, now, actor, cause)).toList());
	}

	/**
	 * The filings of a bulk move that it did not move, each with the state it is in (read in this transaction, after
	 * the update); a driver that cannot count a batched row ({@code SUCCESS_NO_INFO}) is judged by that state.
	 */
	private List<String> notMoved(List<Long> ids, int[] counts, FilingState to) {
		Map<Long, FilingState> states = mapper.findStates(ids).stream()
			.collect(Collectors.toMap(FilingRows.StateRow::id, FilingRows.StateRow::state));
		List<String> elsewhere = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			if (counts[i] != 1 && !(counts[i] == Statement.SUCCESS_NO_INFO && states.get(id) == to)) {
				elsewhere.add(id + " (" + (states.containsKey(id) ? states.get(id) : "gone") + ")");
			}
		}
		return elsewhere;
	}

	/** Something happened to the filing that leaves its state as it is (a website of it cancelled): a history row. */
	public void noted(long filingId, FilingState state, Instant now, String actor, String cause, ReasonKind reasonKind,
			List<Reason> reasons) {
		history(filingId, state, state, now, actor, cause, reasonKind, reasons);
	}

	/** History rows that move many filings nowhere, each with its cause: one insert. */
	public void notedAll(Map<Long, String> causes, FilingState state, Instant now, String actor) {
		if (!causes.isEmpty()) {
			batched.insert(BatchedInserts.Insert.HISTORY, causes.entrySet().stream()
				.map(c -> new NewRows.NewHistory(c.getKey(), state, state, now, actor, c.getValue())).toList());
		}
	}

	/** A history row that moves the filing nowhere: from its state to the same one. */
	public void note(long filingId, FilingState state, Instant now, String actor, String cause) {
		noted(filingId, state, now, actor, cause, null, List.of());
	}

	/** A bureau's decision: only a SUBMITTED filing of the deciding bureau's province moves. */
	public void decided(long filingId, String province, FilingState to, Instant now, String actor, String cause,
			ReasonKind reasonKind, List<Reason> reasons) {
		if (mapper.updateDecided(filingId, province, to, now) != 1) {
			throw new IllegalStateException("Filing " + filingId + " is no longer a SUBMITTED filing of province "
					+ province + "; not moved to " + to);
		}
		history(filingId, FilingState.SUBMITTED, to, now, actor, cause, reasonKind, reasons);
	}

	/** A history row that moves nothing: something the bureau told about the filing, kept where its moves are. */
	public void noted(long filingId, FilingState state, Instant now, String actor, String cause) {
		history(filingId, state, state, now, actor, cause, null, List.of());
	}

	private void history(long filingId, FilingState from, FilingState to, Instant now, String actor, String cause,
			ReasonKind reasonKind, List<Reason> reasons) {
		GeneratedKey historyKey = new GeneratedKey();
		mapper.insertHistory(new NewRows.NewHistory(filingId, from, to, now, actor, cause), historyKey);
		batched.insert(BatchedInserts.Insert.REASON,
				NewRows.reasons(filingId, historyKey.getId(), reasonKind, reasons));
	}


	private void insertWebsite(long filingId, int ordinal, FilingDocument.Website website) {
		GeneratedKey websiteKey = new GeneratedKey();
		mapper.insertWebsite(NewRows.NewWebsite.of(filingId, ordinal, website), websiteKey);
		batched.insert(BatchedInserts.Insert.DOMAIN, NewRows.domains(websiteKey.getId(), website));
		batched.insert(BatchedInserts.Insert.IP_RANGE, NewRows.ipRanges(websiteKey.getId(), website));
	}

}
