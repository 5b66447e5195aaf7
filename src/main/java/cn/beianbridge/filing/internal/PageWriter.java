package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;

/**
 * Writes a page of new filings with a handful of batched statements, one per table (a round trip per row is what
 * made collection slow), into the same rows {@link FilingWriter} writes one filing at a time, by the same mapper
 * statements ({@link BatchedInserts}). Ids are read back by their keys, one select per table: generated keys of a
 * multi-row insert are only as consecutive as the server's auto-increment lock mode makes them.
 */
@Component
public class PageWriter {

	private final FilingMapper mapper;

	private final AttachmentContents contents;

	private final BatchedInserts batched;

	PageWriter(FilingMapper mapper, AttachmentContents contents, BatchedInserts batched) {
		this.mapper = mapper;
		this.contents = contents;
		this.batched = batched;
	}

	/**
	 * One new filing of a page: stored RECEIVED, or, with the province rules it failed, moved on to HELD at once
	 * (its history shows both moves, as a filing held one move after its insert does).
	 *
	 * @param cause why it was taken in, for its first history row
	 * @param held the failed rules; empty for a filing that is simply stored
	 * @param heldBy the actor and cause of the move to HELD
	 */
	public record NewFiling(FilingDocument doc, IntakeSource source, Instant deadline, boolean provisional,
			String cause, List<Reason> held, String heldBy, String heldCause) {

		boolean isHeld() {
			return !held.isEmpty();
		}

	}

	/**
	 * Stores the page's filings, all with consoleFilingIds not stored yet and each once.
	 *
	 * @return our ids, in the order of {@code filings}
	 */
	public List<Long> insert(List<NewFiling> filings, Instant now) {
		if (filings.isEmpty()) {
			return List.of();
		}
		batched.insert(BatchedInserts.Insert.FILING, filings.stream()
			.map(f -> NewRows.NewFiling.of(f.doc(), f.isHeld() ? FilingState.HELD : FilingState.RECEIVED,
					f.isHeld() ? 1 : 0, f.source(), f.deadline(), f.provisional(), now))
			.toList());
		Map<String, Long> idOf = new HashMap<>();
		mapper.findFilingIds(filings.stream().map(f -> f.doc().consoleFilingId()).toList())
			.forEach(row -> idOf.put(row.consoleFilingId(), row.id()));
		List<Long> ids = filings.stream().map(f -> idOf.get(f.doc().consoleFilingId())).toList();
		for (int i = 0; i < filings.size(); i++) {
			// CHANGE and CANCEL only, seldom many in a page
			if (filings.get(i).doc().cancellation() != null) {
				mapper.insertCancellation(ids.get(i), filings.get(i).doc().cancellation());
			}
		}
		insertWebsites(filings, ids);
		insertAttachments(filings, ids, now);
		insertHistories(filings, ids, now);
		return ids;
	}

	private void insertWebsites(List<NewFiling> filings, List<Long> ids) {
		List<NewRows.NewWebsite> websites = new ArrayList<>();
		Map<Long, FilingDocument> docOf = new HashMap<>();
		for (int i = 0; i < filings.size(); i++) {
			FilingDocument doc = filings.get(i).doc();
			docOf.put(ids.get(i), doc);
			for (int w = 0; w < doc.websites().size(); w++) {
				websites.add(NewRows.NewWebsite.of(ids.get(i), w, doc.websites().get(w)));
			}
		}
		if (websites.isEmpty()) {
			return;
		}
		batched.insert(BatchedInserts.Insert.WEBSITE, websites);
		List<NewRows.NewDomain> domains = new ArrayList<>();
		List<NewRows.NewIpRange> ranges = new ArrayList<>();
		for (NewRows.WebsiteId website : mapper.findWebsiteIds(ids)) {
			FilingDocument.Website offered = docOf.get(website.filingId()).websites().get(website.ordinal());
			domains.addAll(NewRows.domains(website.id(), offered));
			ranges.addAll(NewRows.ipRanges(website.id(), offered));
		}
		batched.insert(BatchedInserts.Insert.DOMAIN, domains);
		batched.insert(BatchedInserts.Insert.IP_RANGE, ranges);
	}

	private void insertAttachments(List<NewFiling> filings, List<Long> ids, Instant now) {
		List<NewRows.NewAttachment> attachments = new ArrayList<>();
		for (int i = 0; i < filings.size(); i++) {
			attachments.addAll(NewRows.attachments(ids.get(i), filings.get(i).doc()));
		}
		contents.store(attachments.stream().map(NewRows.NewAttachment::a).toList(), now);
		batched.insert(BatchedInserts.Insert.ATTACHMENT, attachments);
	}

	/** First every filing's RECEIVED row, then the HELD ones: a filing's history reads in id order. */
	private void insertHistories(List<NewFiling> filings, List<Long> ids, Instant now) {
		List<NewRows.NewHistory> received = new ArrayList<>();
		List<NewRows.NewHistory> held = new ArrayList<>();
		Map<Long, NewFiling> heldOf = new HashMap<>();
		for (int i = 0; i < filings.size(); i++) {
			NewFiling filing = filings.get(i);
			received.add(new NewRows.NewHistory(ids.get(i), null, FilingState.RECEIVED, now, filing.source().actor(),
					filing.cause()));
			if (filing.isHeld()) {
				held.add(new NewRows.NewHistory(ids.get(i), FilingState.RECEIVED, FilingState.HELD, now,
						filing.heldBy(), filing.heldCause()));
				heldOf.put(ids.get(i), filing);
			}
		}
		batched.insert(BatchedInserts.Insert.HISTORY, received);
		if (held.isEmpty()) {
			return;
		}
		batched.insert(BatchedInserts.Insert.HISTORY, held);
		List<NewRows.NewReason> reasons = new ArrayList<>();
		for (NewRows.HistoryId history : mapper.findHistoryIds(heldOf.keySet(), FilingState.HELD)) {
			reasons.addAll(NewRows.reasons(history.filingId(), history.id(), ReasonKind.HOLD,
					heldOf.get(history.filingId()).held()));
		}
		batched.insert(BatchedInserts.Insert.REASON, reasons);
	}

}
